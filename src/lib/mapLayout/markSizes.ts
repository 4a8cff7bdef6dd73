/**
 * The sizes of every map's dots and names, declared here and nowhere else: the live maps
 * (route, trip and story maps; their stylesheets read these as custom properties that
 * leafletSetUp.ts writes on each map), the drawings made at build time (StaticRouteSvg)
 * and the social cards. The label layout reads the same figures, so the boxes it keeps
 * apart are the ones drawn.
 */

/** The live maps, in CSS pixels. */
export const LIVE_MAP = {
  /** A stop's touch target, square: 24 px is the least WCAG 2.5.8 allows. */
  stopTarget: 24,
  /** The dot drawn at the target's centre, its border included. */
  stopDot: 10,
  stopDotBorder: 2,
  /** The line drawn from a dot moved apart from a close neighbour back to its place. */
  leader: 2,
  /** From the dot's centre to where a name beside it starts. */
  nameBeside: 11,
  /** From the dot's centre to the foot of a name above it, or the head of one below. */
  nameAboveOrBelow: 9,
  /** The top of a name beside its dot, below the top of the target (the font lifts it a further 0.15 em). */
  nameTop: 5,
  nameSize: 13,
  /** The Korean or Russian name under a stop's English one. */
  nativeSize: 11,
  /** The names of seas and countries. */
  areaNameSize: 12,
  /** The story map's train; the places it has passed; the ring round a trip that stayed in one place. */
  trainRadius: 8,
  passedRadius: 4,
  ringRadius: 11,
} as const;

/** A line of a name, in ems of its size: the live maps' line height, and how far below the English name the native one sits. */
export const NAME_LINE_EM = 1.15;

/** The custom properties the live maps' stylesheets read, each written from LIVE_MAP. */
export function liveMapSizeProperties(): Record<string, string> {
  const px = (value: number): string => `${value}px`;
  const centre = LIVE_MAP.stopTarget / 2;
  return {
    '--map-stop-target': px(LIVE_MAP.stopTarget),
    '--map-stop-dot-inset': px((LIVE_MAP.stopTarget - LIVE_MAP.stopDot) / 2),
    '--map-stop-dot-border': px(LIVE_MAP.stopDotBorder),
    '--map-leader': px(LIVE_MAP.leader),
    '--map-leader-left': px(centre),
    '--map-leader-top': px(centre - LIVE_MAP.leader / 2),
    '--map-name-beside': px(centre + LIVE_MAP.nameBeside),
    '--map-name-above-or-below': px(centre + LIVE_MAP.nameAboveOrBelow),
    '--map-name-top': px(LIVE_MAP.nameTop),
    '--map-name-line-height': String(NAME_LINE_EM),
    '--map-name-size': px(LIVE_MAP.nameSize),
    '--map-native-size': px(LIVE_MAP.nativeSize),
    '--map-area-name-size': px(LIVE_MAP.areaNameSize),
  };
}

/** The names' Korean or Russian line on the drawings made at build time: smaller, a line lower. */
export const NATIVE_NAME_SCALE = 0.82;
export const NATIVE_LINE_EM = NAME_LINE_EM;

/** A name beside its dot on a drawing: its baseline this far below the dot's centre, in ems. */
export const NAME_BASELINE_EM = 0.35;

/** The static drawings (StaticRouteSvg), in drawing units. */
export const STATIC_MAP = {
  /** The names on the wide drawing (640 units across). */
  nameSize: 13,
  /** The names on the compact drawing (360 units, shown down to 288 px) and the story's stage drawings. */
  compactNameSize: 14,
  /** The names of seas and countries, as a share of the names' size. */
  areaNameScale: 0.86,
  dotRadius: 4,
  dotStroke: 1.6,
  /** Where the train stands on a story's stage: larger, in the route's colour. */
  currentDotRadius: 7,
  currentDotStroke: 2.4,
  /** What a name keeps clear of round a dot's centre: the dot and its stroke, rounded up. */
  dotClearance: 5,
  /** From the dot's centre to where a name beside it starts. */
  nameGap: 7,
} as const;

/** The social card's route panel, in card pixels (1200 × 630). */
export const SOCIAL_CARD = {
  nameSize: 24,
  dotRadius: 10,
  dotStroke: 5,
  lineWidth: 8,
  /** From the dot's centre to where a name beside it starts. */
  nameGap: 22,
} as const;
