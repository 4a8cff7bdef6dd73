/**
 * Whether a reader can see what a trip chosen elsewhere on the page draws on the map: at
 * least half of the map is on screen (or half the screen, for a map taller than it). On a
 * wide screen the map sits beside the list; on a phone it is screens away, and the reader
 * is taken to it. Boxes are in viewport pixels, as getBoundingClientRect gives them.
 */
import type { VerticalBox } from './stopInView.ts';

export function mapInSight(map: VerticalBox, viewportHeight: number): boolean {
  const onScreen = Math.min(map.bottom, viewportHeight) - Math.max(map.top, 0);
  return onScreen >= Math.min(map.bottom - map.top, viewportHeight) / 2;
}
