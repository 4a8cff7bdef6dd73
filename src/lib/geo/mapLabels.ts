/**
 * Labels the maps print that are not places of content/: countries and seas, placed
 * by hand where a cartographer would put them, and which side of its dot each route
 * place's label goes so that labels stay on land and clear of the line.
 */
import type { LngLat } from './lngLat.ts';

export interface AreaLabel {
  text: string;
  /** A second line, such as the other name of a sea. */
  secondLine?: string;
  position: LngLat;
  kind: 'country' | 'sea';
}

export const AREA_LABELS: ReadonlyArray<AreaLabel> = [
  { text: 'NORTH KOREA', position: [126.35, 40.2], kind: 'country' },
  { text: 'SOUTH KOREA', position: [127.9, 37.55], kind: 'country' },
  { text: 'CHINA', position: [128.0, 43.2], kind: 'country' },
  { text: 'RUSSIA', position: [133.3, 45.0], kind: 'country' },
  { text: 'JAPAN', position: [138.5, 36.2], kind: 'country' },
  { text: 'MONGOLIA', position: [104, 46.5], kind: 'country' },
  { text: 'Sea of Japan', secondLine: '(East Sea)', position: [131.6, 40.6], kind: 'sea' },
  { text: 'Yellow Sea', position: [123.6, 37.0], kind: 'sea' },
];

export type LabelSide = 'left' | 'right';

export interface LabelPlacement {
  side: LabelSide;
  /** Nudge up (negative) or down (positive), in lines of text, where two labels would touch. */
  shift: number;
}

/**
 * Where each route place's label goes. Most sit left of the dot, inland, with the sea
 * free for the line; pairs of stations a few kilometres apart are nudged apart.
 */
const PLACEMENTS: Record<string, LabelPlacement> = {
  hamhung: { side: 'left', shift: 0 },
  chongjin: { side: 'left', shift: 0 },
  rajin: { side: 'left', shift: 0.45 },
  tumangang: { side: 'left', shift: -0.45 },
  baranovsky: { side: 'left', shift: 0.5 },
  ussuriysk: { side: 'left', shift: -0.6 },
  vladivostok: { side: 'left', shift: 0 },
};

export function labelPlacement(placeId: string): LabelPlacement {
  return PLACEMENTS[placeId] ?? { side: 'right', shift: 0 };
}
