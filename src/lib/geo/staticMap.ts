/**
 * Everything a static SVG map draws, worked out at build time: the basemap cut to the
 * frame, the lines, the markers and where their labels sit. The component only prints
 * it. The basemap comes in through a function so this module needs no files to test.
 */
import { boundsOf, padBounds, type Bounds } from './bounds.ts';
import type { BasemapLayer } from './basemap.ts';
import type { BasemapScale } from './basemapSpecs.ts';
import type { LngLat } from './lngLat.ts';
import { AREA_LABELS, labelShownAt } from '../mapLayout/areaLabels.ts';
import { DEFAULT_LABEL_PLACEMENT, type LabelPlacement } from '../mapLayout/labelSides.ts';
import { fitFrame, frameBounds, projectPoint, svgPath, type SvgFrame } from './svgProjection.ts';
import { distanceKm } from './distance.ts';
import { framedBounds } from '../mapLayout/framing.ts';
import { layoutLabels } from '../mapLayout/labelLayout.ts';
import { textWidthEm } from '../mapLayout/textWidth.ts';
import { NATIVE_NAME_SCALE, STATIC_MAP } from '../mapLayout/markSizes.ts';

export type LineKind = 'rail' | 'air' | 'road' | 'approximate';

export interface StaticMapMarker {
  id: string;
  position: LngLat;
  name: string;
  /** The name in Korean or Russian, printed under the English one. */
  nativeName?: string | undefined;
  /** Its language, so the page's Korean font is used for Korean. */
  nativeLang?: 'ko' | 'ru' | undefined;
  /** Higher is labelled first when names would collide: the places a reader looks for. */
  priority?: number | undefined;
  /** Which side of the dot the name goes, from the place's file. */
  label?: LabelPlacement | undefined;
}

export interface StaticMapInput {
  width: number;
  height: number;
  /** Points the frame must show. */
  focus: ReadonlyArray<LngLat>;
  lines: ReadonlyArray<{ kind: LineKind; line: ReadonlyArray<LngLat> }>;
  markers: ReadonlyArray<StaticMapMarker>;
  /** The size the labels are printed at, and whether native names go under them. */
  textSize?: number;
  nativeNames?: boolean;
  basemap: (request: { bounds: Bounds; scale: BasemapScale; tolerance: number }) => BasemapLayer;
}

export interface StaticMapModel {
  width: number;
  height: number;
  land: string;
  borders: string;
  lines: Array<{ kind: LineKind; d: string }>;
  markers: Array<{
    id: string;
    x: number;
    y: number;
    anchor: 'start' | 'end';
    labelX: number;
    /** Vertical nudge of the label, in lines of text. */
    shift: number;
    name: string;
    nativeName?: string | undefined;
    nativeLang?: 'ko' | 'ru' | undefined;
    /** False when the name would run over another: the dot is drawn without it. */
    labelled: boolean;
  }>;
  areas: Array<{ x: number; y: number; text: string; secondLine?: string | undefined; kind: 'country' | 'sea' }>;
  /** A scale bar of a round number of kilometres, measured at the centre of the frame. */
  scaleBar: { km: number; px: number };
}

/** Wider frames need less detail: Natural Earth's 1:10m only where the route region fills the frame. */
export function scaleFor(bounds: Bounds): BasemapScale {
  const span = Math.max(bounds.east - bounds.west, bounds.north - bounds.south);
  if (span <= 14) return '10m';
  return span <= 40 ? '50m' : '110m';
}

const ROUND_LENGTHS_KM = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

function scaleBarFor(frame: SvgFrame): { km: number; px: number } {
  const centre = frame.projection.invert!([frame.width / 2, frame.height / 2])!;
  const east = frame.projection.invert!([frame.width / 2 + 100, frame.height / 2])!;
  const kmPer100px = distanceKm([centre[0], centre[1]], [east[0], east[1]]);
  const longest = (kmPer100px * frame.width) / 4 / 100;
  const km = [...ROUND_LENGTHS_KM].reverse().find((length) => length <= longest) ?? ROUND_LENGTHS_KM[0]!;
  return { km, px: Math.round((km / kmPer100px) * 1000) / 10 };
}

/**
 * About half the width of an area label, in drawing units. The labels are printed a little
 * smaller than the text size (never below the drawing's least size, which can be the text
 * size itself); a character of a sans-serif face averages about 0.6 of its size, and the
 * country names are letter-spaced.
 */
export function areaHalfWidth(
  label: Pick<(typeof AREA_LABELS)[number], 'text' | 'secondLine' | 'kind'>,
  textSize: number,
): number {
  const characters = Math.max(label.text.length, label.secondLine?.length ?? 0);
  const perCharacter = label.kind === 'country' ? 0.72 : 0.6;
  return (characters * textSize * perCharacter) / 2;
}

/** The web-map zoom that shows as much as the frame: 256 pixels span the world at zoom 0. */
export function equivalentZoom(shown: Bounds, width: number): number {
  return Math.log2(((width / 256) * 360) / (shown.east - shown.west));
}

/** Each marker's position and, where it fits, its label. */
function placeMarkers(input: StaticMapInput, frame: SvgFrame): StaticMapModel['markers'] {
  const textSize = input.textSize ?? STATIC_MAP.nameSize;
  const nativeNames = input.nativeNames ?? true;
  const projected = input.markers.map((marker) => ({ marker, at: projectPoint(frame, marker.position) }));
  const candidates = projected.map(({ marker, at: [x, y] }) => {
    const { side, shift } = marker.label ?? DEFAULT_LABEL_PLACEMENT;
    const native = nativeNames && marker.nativeName !== undefined;
    return {
      x,
      y,
      widthEm: Math.max(textWidthEm(marker.name), native ? NATIVE_NAME_SCALE * textWidthEm(marker.nativeName!) : 0),
      lines: native ? 2 : 1,
      preferred: side,
      shift,
      priority: marker.priority ?? 0,
    };
  });
  const outcomes = layoutLabels(candidates, textSize, input);
  return projected.map(({ marker, at: [x, y] }, index) => {
    const { side, shown } = outcomes[index]!;
    // A label moved to its other side keeps no nudge: the nudge was set for the preferred side.
    const shift = side === candidates[index]!.preferred ? candidates[index]!.shift : 0;
    return {
      id: marker.id,
      x,
      y,
      anchor: side === 'left' ? 'end' : 'start',
      labelX: side === 'left' ? x - STATIC_MAP.nameGap : x + STATIC_MAP.nameGap,
      shift,
      name: marker.name,
      nativeName: marker.nativeName,
      nativeLang: marker.nativeLang,
      labelled: shown,
    };
  });
}

export function buildStaticMap(input: StaticMapInput): StaticMapModel {
  const frame = fitFrame(framedBounds(boundsOf(input.focus)), input.width, input.height);
  const shown = frameBounds(frame);
  // About one pixel of the drawing, in degrees: finer detail would be invisible.
  const tolerance = (shown.east - shown.west) / input.width;
  const layer = input.basemap({ bounds: padBounds(shown, 0.02), scale: scaleFor(shown), tolerance });
  const inside = ([x, y]: [number, number]): boolean => x >= 0 && x <= input.width && y >= 0 && y <= input.height;
  // A name of a sea or a country is centred on its point: it is left out where it would run
  // off the side of the drawing rather than be printed cut ("Sea of Jap").
  const fitsAcross = (x: number, label: (typeof AREA_LABELS)[number]): boolean => {
    const half = areaHalfWidth(label, input.textSize ?? STATIC_MAP.nameSize);
    return x - half >= 0 && x + half <= input.width;
  };
  return {
    width: input.width,
    height: input.height,
    land: svgPath(frame, layer.land),
    borders: svgPath(frame, layer.borders),
    lines: input.lines.map(({ kind, line }) => ({ kind, d: svgPath(frame, [line]) })),
    markers: placeMarkers(input, frame),
    areas: AREA_LABELS.filter((label) => labelShownAt(label, equivalentZoom(shown, input.width)))
      .map((label) => ({ ...label, at: projectPoint(frame, label.position) }))
      .filter((label) => inside(label.at) && fitsAcross(label.at[0], label))
      .map(({ at: [x, y], text, secondLine, kind }) => ({ x, y, text, secondLine, kind })),
    scaleBar: scaleBarFor(frame),
  };
}
