/**
 * Clips GeoJSON polygons and lines to a longitude/latitude box and returns plain
 * rings and lines of [longitude, latitude]. d3-geo's rectangle clipping does the work
 * (it closes polygons along the box edge correctly); a recording context collects
 * what it would have drawn, with latitude turned back the right way up.
 */
import { geoIdentity, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Bounds } from './bounds.ts';

export interface ClippedShapes {
  /** Open lines, or closed rings whose last point repeats the first. */
  lines: Array<Array<[number, number]>>;
}

export function clipToBounds(object: GeoPermissibleObjects, bounds: Bounds): ClippedShapes {
  const lines: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> | null = null;
  const recorder = {
    moveTo(x: number, y: number) {
      current = [[x, -y]];
      lines.push(current);
    },
    lineTo(x: number, y: number) {
      current?.push([x, -y]);
    },
    closePath() {
      if (current && current.length > 0) current.push([current[0]![0], current[0]![1]]);
      current = null;
    },
    arc() {},
    beginPath() {},
  };
  // Screen-like axes (y grows downwards) give d3's clipping the ring orientation it expects.
  const planar = geoIdentity()
    .reflectY(true)
    .clipExtent([
      [bounds.west, -bounds.north],
      [bounds.east, -bounds.south],
    ]);
  geoPath(planar, recorder).pointRadius(0)(object);
  return { lines };
}
