/** The box around a set of points, for fitting a map to them. */
import type { LngLat } from './lngLat.ts';

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export function boundsOf(points: ReadonlyArray<LngLat>): Bounds {
  if (points.length === 0) throw new Error('boundsOf needs at least one point.');
  const bounds = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [longitude, latitude] of points) {
    bounds.west = Math.min(bounds.west, longitude);
    bounds.east = Math.max(bounds.east, longitude);
    bounds.south = Math.min(bounds.south, latitude);
    bounds.north = Math.max(bounds.north, latitude);
  }
  return bounds;
}

/** Grows a box by a share of its size on every side, so lines and labels do not touch the edge. */
export function padBounds(bounds: Bounds, share: number): Bounds {
  const dx = (bounds.east - bounds.west) * share;
  const dy = (bounds.north - bounds.south) * share;
  return { west: bounds.west - dx, south: bounds.south - dy, east: bounds.east + dx, north: bounds.north + dy };
}
