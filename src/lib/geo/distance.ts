/**
 * Distances on the Earth as a sphere of its mean radius (IUGG, 6,371.0088 km), from
 * d3-geo's great-circle measures (geoDistance and geoLength give radians).
 */
import { geoDistance, geoLength } from 'd3-geo';
import type { LngLat } from './lngLat.ts';

export const EARTH_RADIUS_KM = 6371.0088;

/** The great-circle distance between two points. */
export function distanceKm(a: LngLat, b: LngLat): number {
  return geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_RADIUS_KM;
}

/** The length of a line through several points: the sum of its great-circle segments. */
export function lineLengthKm(points: ReadonlyArray<LngLat>): number {
  if (points.length < 2) return 0;
  return geoLength({ type: 'LineString', coordinates: points.map(([lon, lat]) => [lon, lat]) }) * EARTH_RADIUS_KM;
}
