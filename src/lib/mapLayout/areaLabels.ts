/**
 * Labels the maps print that are not places of content/: countries and seas, placed
 * by hand where a cartographer would put them. Which side of its dot a place's name goes
 * is the place's own `label` field (content/places/, labelSides.ts's LabelPlacement).
 */
import type { LngLat } from '../geo/lngLat.ts';

export interface AreaLabel {
  text: string;
  /** A second line, such as the other name of a sea. */
  secondLine?: string;
  position: LngLat;
  kind: 'country' | 'sea';
  /** The web-map zoom levels at which the label is shown: a country's label moves to its middle in wide views. */
  zooms: readonly [min: number, max: number];
}

const CLOSE: AreaLabel['zooms'] = [5.5, 20];
const WIDE: AreaLabel['zooms'] = [0, 5.5];

export const AREA_LABELS: ReadonlyArray<AreaLabel> = [
  { text: 'NORTH KOREA', position: [126.35, 40.2], kind: 'country', zooms: CLOSE },
  { text: 'SOUTH KOREA', position: [127.9, 37.55], kind: 'country', zooms: CLOSE },
  { text: 'CHINA', position: [128.0, 43.2], kind: 'country', zooms: CLOSE },
  { text: 'CHINA', position: [104, 33], kind: 'country', zooms: WIDE },
  { text: 'RUSSIA', position: [133.3, 45.0], kind: 'country', zooms: CLOSE },
  { text: 'RUSSIA', position: [95, 61], kind: 'country', zooms: WIDE },
  { text: 'JAPAN', position: [138.5, 36.2], kind: 'country', zooms: [3.5, 20] },
  { text: 'MONGOLIA', position: [103, 46.8], kind: 'country', zooms: [3, 20] },
  { text: 'VIETNAM', position: [106.3, 14.8], kind: 'country', zooms: [3.5, 20] },
  { text: 'Sea of Japan', secondLine: '(East Sea)', position: [131.6, 40.6], kind: 'sea', zooms: CLOSE },
  { text: 'Sea of Japan', secondLine: '(East Sea)', position: [134.5, 40.6], kind: 'sea', zooms: [3.5, 5.5] },
  { text: 'Yellow Sea', position: [123.6, 36.6], kind: 'sea', zooms: [4, 20] },
  { text: 'South China Sea', position: [114, 15], kind: 'sea', zooms: [3.5, 20] },
];

/** Whether a label belongs on a map at this zoom. */
export function labelShownAt(label: AreaLabel, zoom: number): boolean {
  return zoom >= label.zooms[0] && zoom < label.zooms[1];
}
