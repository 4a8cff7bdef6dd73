/**
 * Points along the shortest path between two places on the globe, for air trips:
 * a straight line on a flat map would be neither the path flown nor the distance.
 */
import { geoInterpolate } from 'd3-geo';
import { distanceKm } from './distance.ts';
import type { LngLat } from './lngLat.ts';

/** One intermediate point about every 50 km keeps the arc smooth at any zoom the map allows. */
const KM_PER_SEGMENT = 50;

export function greatCircleArc(from: LngLat, to: LngLat): LngLat[] {
  const segments = Math.max(1, Math.ceil(distanceKm(from, to) / KM_PER_SEGMENT));
  const interpolate = geoInterpolate([from[0], from[1]], [to[0], to[1]]);
  const points: LngLat[] = [];
  for (let index = 0; index <= segments; index += 1) {
    const [longitude, latitude] = interpolate(index / segments);
    points.push([longitude, latitude]);
  }
  return points;
}
