/**
 * The social card (1200×630) as an SVG document: site name, the page's title and kind,
 * and, for pages with a map, the route drawn in a panel on the right. Rendered to PNG at
 * build time with resvg and the DejaVu fonts, so it looks the same on every machine.
 */
import { wrapWords } from './wrapWords.ts';
import {
  ASCENT,
  layoutLabels,
  type LabelCandidate,
  type LabelMarks,
  type LabelOutcome,
} from '../mapLayout/labelLayout.ts';
import { NATIVE_LINE_EM, NATIVE_NAME_SCALE, SOCIAL_CARD } from '../mapLayout/markSizes.ts';
import { textWidthEm } from '../mapLayout/textWidth.ts';
import type { Box } from '../mapLayout/labelSides.ts';
import { boxRound, lineObstacles } from '../mapLayout/lineObstacles.ts';

const CARD_LABEL_SIZE = SOCIAL_CARD.nameSize;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The panel the route is drawn in, so callers can fit their projection to it. */
export const ROUTE_PANEL = { x: 780, y: 60, width: 360, height: 510 } as const;

export interface CardPoint {
  x: number;
  y: number;
  label?: string;
  /** The name in the place's own language, drawn under the label. */
  nativeName?: string;
  /** Where the trip went: named before any other place, so the card never leaves it out. */
  destination?: boolean;
}

/** Korean names are drawn in the site's own cut of Noto Sans KR; Cyrillic is in DejaVu. */
export const CARD_KOREAN_FONT = 'Noto Sans KR';
const NATIVE_SIZE = Math.round(CARD_LABEL_SIZE * NATIVE_NAME_SCALE);

/** A route in card pixels, inside ROUTE_PANEL: its lines and the places marked on it. */
export interface CardRoute {
  lines: readonly (readonly CardPoint[])[];
  stops: readonly CardPoint[];
  /** Land and borders as SVG path data, drawn at `offset` inside the panel. */
  basemap?: { land: string; borders: string; offset: { x: number; y: number } } | undefined;
}

export interface SocialCard {
  title: string;
  /** What sort of page it is: "Article", "Trip", "Sources". */
  kind: string;
  /** The route, when the page has a map. */
  route?: CardRoute | undefined;
}

const COLORS = {
  background: '#fbfaf7',
  band: '#1f5f3a',
  bandText: '#ffffff',
  text: '#1b1d1f',
  muted: '#4f545a',
  route: '#b3261e',
  panel: '#f1eee6',
  panelBorder: '#cfcabe',
  sea: '#e4ebef',
  land: '#f6f4ef',
  border: '#9aa6ad',
} as const;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Longer titles get a smaller size so they still fit in four lines. */
function titleLayout(title: string, textWidth: number): { fontSize: number; lines: string[] } {
  for (const fontSize of [72, 62, 54, 46, 40]) {
    const lines = wrapWords(title, charsPerLine(textWidth, fontSize));
    if (lines.length <= 4) return { fontSize, lines };
  }
  const fontSize = 40;
  return { fontSize, lines: wrapWords(title, charsPerLine(textWidth, fontSize)).slice(0, 5) };
}

/** DejaVu Sans Bold averages about two thirds of an em per glyph in mixed-case titles. */
function charsPerLine(textWidth: number, fontSize: number): number {
  return Math.floor(textWidth / (fontSize * 0.68));
}

const { dotRadius: DOT_RADIUS, lineWidth: LINE_WIDTH, nameGap: LABEL_GAP } = SOCIAL_CARD;
const CARD_MARKS: LabelMarks = { gap: LABEL_GAP, dotRadius: DOT_RADIUS, aboveOrBelow: true };

/**
 * What a name must not cover, in panel pixels: the route line, and the dots of the places
 * left unnamed. Only under a named place's own dot is the line left out: the dot hides it
 * there, and the name starts beyond the dot.
 */
function cardObstacles(route: CardRoute): Box[] {
  const clear = DOT_RADIUS + 3;
  const unnamedDots = route.stops.filter((stop) => !stop.label).map((stop) => boxRound(stop, clear, ROUTE_PANEL));
  const named = { at: route.stops.filter((stop) => stop.label), radius: clear };
  return [...unnamedDots, ...lineObstacles(route.lines, LINE_WIDTH, named, ROUTE_PANEL)];
}

/** Where a name's first line is drawn, from the box the layout chose for it (in panel pixels). */
function labelAnchor(
  point: CardPoint,
  { side, box }: LabelOutcome,
): { x: number; baseline: number; anchor: 'start' | 'middle' | 'end' } {
  // Level with the dot, nudged up or down, or above or below it: the box says where.
  const baseline = ROUTE_PANEL.y + box.top + CARD_LABEL_SIZE * ASCENT;
  if (side === 'left') return { x: point.x - LABEL_GAP, baseline, anchor: 'end' };
  if (side === 'right') return { x: point.x + LABEL_GAP, baseline, anchor: 'start' };
  return { x: ROUTE_PANEL.x + (box.left + box.right) / 2, baseline, anchor: 'middle' };
}

/** The least size a destination's name is drawn at, where it has no room at the full size. */
const SMALL_LABEL_SIZE = 20;

/** Where each name goes, and the size of the destination's. */
interface CardLabels {
  placements: LabelOutcome[];
  destinationSize: number;
}

/**
 * Where each name goes. Labels prefer the side of the dot with more room, and give way where
 * two would meet. The destination is named first, and a card must name it: where the line or
 * the places round it leave no room level with its dot or centred above or below it, its name
 * is tried a line or two higher or lower beside the dot, then above or below ending or starting
 * at the dot, and then all of these again a little smaller, until it fits.
 */
function cardLabels(route: CardRoute): CardLabels {
  const candidates: LabelCandidate[] = route.stops.map((point) => ({
    x: point.x - ROUTE_PANEL.x,
    y: point.y - ROUTE_PANEL.y,
    widthEm: Math.max(
      textWidthEm(point.label ?? ''),
      ((point.nativeName ? textWidthEm(point.nativeName) : 0) * NATIVE_SIZE) / CARD_LABEL_SIZE,
    ),
    lines: point.nativeName ? 2 : 1,
    preferred: point.x > ROUTE_PANEL.x + ROUTE_PANEL.width / 2 ? ('left' as const) : ('right' as const),
    shift: 0,
    priority: point.label ? (point.destination ? 2 : 1) : -1,
  }));
  const obstacles = cardObstacles(route);
  const destination = route.stops.findIndex((point) => point.destination && point.label);
  const layOut = (nudge: Partial<LabelCandidate>) =>
    layoutLabels(
      candidates.map((candidate, index) => (index === destination ? { ...candidate, ...nudge } : candidate)),
      CARD_LABEL_SIZE,
      ROUTE_PANEL,
      obstacles,
      CARD_MARKS,
    );
  const first = layOut({});
  if (destination < 0 || first[destination]!.shown) return { placements: first, destinationSize: CARD_LABEL_SIZE };
  for (const size of [CARD_LABEL_SIZE, SMALL_LABEL_SIZE]) {
    // A smaller name is laid out as a narrower one of the full size: its box is the taller.
    const widthEm = (candidates[destination]!.widthEm * size) / CARD_LABEL_SIZE;
    const nudges = [
      ...[0, -1, 1, -1.5, 1.5, -2, 2].map((shift) => ({ shift })),
      { slide: -widthEm / 2 },
      { slide: widthEm / 2 },
    ];
    for (const nudge of nudges) {
      const placements = layOut({ ...nudge, widthEm });
      if (placements[destination]!.shown) return { placements, destinationSize: size };
    }
  }
  return { placements: first, destinationSize: CARD_LABEL_SIZE };
}

function routeSvg(route: CardRoute): string {
  const box = `x="${ROUTE_PANEL.x}" y="${ROUTE_PANEL.y}" width="${ROUTE_PANEL.width}" height="${ROUTE_PANEL.height}" rx="12"`;
  const base = route.basemap;
  const panel = base
    ? `<clipPath id="panel"><rect ${box}/></clipPath><rect ${box} fill="${COLORS.sea}"/>` +
      `<g clip-path="url(#panel)"><g transform="translate(${base.offset.x} ${base.offset.y})">` +
      `<path d="${base.land}" fill="${COLORS.land}" fill-rule="evenodd" stroke="${COLORS.border}" stroke-width="1"/>` +
      `<path d="${base.borders}" fill="none" stroke="${COLORS.border}" stroke-width="1.5" stroke-dasharray="6 4"/></g></g>` +
      `<rect ${box} fill="none" stroke="${COLORS.panelBorder}" stroke-width="2"/>`
    : `<rect ${box} fill="${COLORS.panel}" stroke="${COLORS.panelBorder}" stroke-width="2"/>`;
  const lines = route.lines
    .filter((line) => line.length > 1)
    .map((line) => {
      const points = line.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
      return `<polyline points="${points}" fill="none" stroke="${COLORS.route}" stroke-width="${LINE_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/>`;
    })
    .join('');
  const { placements, destinationSize } = cardLabels(route);
  const stops = route.stops
    .map((point, index) => {
      const dot = `<circle cx="${point.x.toFixed(1)}" cy="${point.y.toFixed(1)}" r="${DOT_RADIUS}" fill="${COLORS.background}" stroke="${COLORS.route}" stroke-width="${SOCIAL_CARD.dotStroke}"/>`;
      const placement = placements[index]!;
      if (!point.label || !placement.shown) return dot;
      const size = point.destination ? destinationSize : CARD_LABEL_SIZE;
      const { x, baseline, anchor } = labelAnchor(point, placement);
      const label = `<text x="${x.toFixed(1)}" y="${baseline.toFixed(1)}" text-anchor="${anchor}" font-family="DejaVu Sans" font-size="${size}" fill="${COLORS.text}">${escapeXml(point.label)}</text>`;
      const native = point.nativeName
        ? `<text x="${x.toFixed(1)}" y="${(baseline + size * NATIVE_LINE_EM).toFixed(1)}" text-anchor="${anchor}" font-family="${CARD_KOREAN_FONT}, DejaVu Sans" font-size="${Math.round(size * NATIVE_NAME_SCALE)}" fill="${COLORS.muted}">${escapeXml(point.nativeName)}</text>`
        : '';
      return dot + label + native;
    })
    .join('');
  return panel + lines + stops;
}

export function socialCardSvg(card: SocialCard, siteName: string): string {
  // A trip that never left one place has no line but still has its place to show.
  const hasRoute =
    card.route !== undefined && (card.route.lines.some((line) => line.length > 1) || card.route.stops.length > 0);
  const textWidth = hasRoute ? ROUTE_PANEL.x - 60 - 40 : CARD_WIDTH - 120;
  const { fontSize, lines } = titleLayout(card.title, textWidth);
  const lineHeight = Math.round(fontSize * 1.18);
  const firstBaseline = 200 + fontSize * 0.8;
  const titleText = lines
    .map(
      (line, index) =>
        `<text x="60" y="${Math.round(firstBaseline + index * lineHeight)}" font-family="DejaVu Sans" font-weight="bold" font-size="${fontSize}" fill="${COLORS.text}">${escapeXml(line)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.background}"/>`,
    `<rect width="${CARD_WIDTH}" height="16" fill="${COLORS.band}"/>`,
    `<text x="60" y="100" font-family="DejaVu Sans" font-weight="bold" font-size="34" fill="${COLORS.band}">${escapeXml(siteName)}</text>`,
    `<text x="60" y="150" font-family="DejaVu Sans" font-size="28" fill="${COLORS.muted}" letter-spacing="2">${escapeXml(card.kind.toUpperCase())}</text>`,
    titleText,
    hasRoute ? routeSvg(card.route!) : '',
    `<rect y="${CARD_HEIGHT - 16}" width="${CARD_WIDTH}" height="16" fill="${COLORS.band}"/>`,
    '</svg>',
  ].join('');
}
