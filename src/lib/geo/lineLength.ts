/** The length of a line through several points: the sum of its great-circle segments. */
import { haversineKm } from './haversine.ts';
import type { LngLat } from './lngLat.ts';

export function lineLengthKm(points: ReadonlyArray<LngLat>): number {
  let total = 0;
  for (let index = 1; index < points.length; index += 1) {
    total += haversineKm(points[index - 1]!, points[index]!);
  }
  return total;
}
