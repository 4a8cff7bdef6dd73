/**
 * Clips GeoJSON polygons and lines to a longitude/latitude box and returns plain
 * rings and lines of [longitude, latitude]. d3-geo's rectangle clipping does the work
 * (it closes polygons along the box edge correctly); a recording context collects
 * what it would have drawn, with latitude turned back the right way up.
 */
import { geoEquirectangular, geoIdentity, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Bounds } from './bounds.ts';

export interface ClippedShapes {
  /** Open lines, or closed rings whose last point repeats the first. */
  lines: Array<Array<[number, number]>>;
}

function reachesAntimeridian(bounds: Bounds): boolean {
  return bounds.west <= -180 || bounds.east >= 180;
}

/**
 * Continental boxes (Pyongyang to Moscow or Hanoi) cut Eurasia's ring along their edges in
 * ways the planar clip closes the wrong way round, leaving bands of sea across the land.
 */
function isContinental(bounds: Bounds): boolean {
  return bounds.east - bounds.west > 45;
}

/** Whether a box is clipped on the sphere rather than in the plane of longitude and latitude. */
export function clipsOnTheSphere(bounds: Bounds): boolean {
  return reachesAntimeridian(bounds) || isContinental(bounds);
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
  const extent: [[number, number], [number, number]] = [
    [bounds.west, -bounds.north],
    [bounds.east, -bounds.south],
  ];
  // Both map x = longitude, y = -latitude (screen-like, the ring orientation d3's clipping
  // expects). A box that reaches the antimeridian goes through d3's spherical pipeline,
  // which cuts rings crossing it (Russia's far east) instead of streaking them across the
  // map; a regional box is clipped in the plane, which keeps 1:10m islands and lakes exact.
  const planar = clipsOnTheSphere(bounds)
    ? geoEquirectangular()
        .scale(180 / Math.PI)
        .translate([0, 0])
        .precision(0)
        .clipExtent(extent)
    : geoIdentity().reflectY(true).clipExtent(extent);
  geoPath(planar, recorder).pointRadius(0)(object);
  return { lines };
}
