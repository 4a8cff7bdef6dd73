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
  { text: 'NORTH KOREA', position: [126.75, 40.25], kind: 'country' },
  { text: 'SOUTH KOREA', position: [127.9, 37.55], kind: 'country' },
  { text: 'CHINA', position: [127.9, 42.7], kind: 'country' },
  { text: 'RUSSIA', position: [133.3, 45.0], kind: 'country' },
  { text: 'JAPAN', position: [138.5, 36.2], kind: 'country' },
  { text: 'MONGOLIA', position: [104, 46.5], kind: 'country' },
  { text: 'Sea of Japan', secondLine: '(East Sea)', position: [131.6, 40.6], kind: 'sea' },
  { text: 'Yellow Sea', position: [123.6, 37.0], kind: 'sea' },
];

export type LabelSide = 'left' | 'right';

/** Route places whose label goes left of the dot; every other label goes right. */
const LEFT_LABELS = new Set(['hamhung', 'chongjin', 'rajin', 'tumangang', 'baranovsky']);

export function labelSide(placeId: string): LabelSide {
  return LEFT_LABELS.has(placeId) ? 'left' : 'right';
}
