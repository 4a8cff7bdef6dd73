/**
 * Projects longitude/latitude onto an SVG drawing with Web Mercator, the projection
 * Leaflet uses, so the static map and the interactive one that replaces it frame the
 * route the same way.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Bounds } from './bounds.ts';
import type { LngLat } from './lngLat.ts';

export interface SvgFrame {
  width: number;
  height: number;
  projection: GeoProjection;
}

/** Fits `bounds` inside a width × height drawing, centred, keeping the shape true. */
export function fitFrame(bounds: Bounds, width: number, height: number): SvgFrame {
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [
      [bounds.west, bounds.south],
      [bounds.east, bounds.north],
    ],
  };
  const projection = geoMercator().fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    box,
  );
  return { width, height, projection };
}

/** The longitude/latitude box a frame shows, for clipping the basemap to it. */
export function frameBounds(frame: SvgFrame): Bounds {
  const [west, north] = frame.projection.invert!([0, 0])!;
  const [east, south] = frame.projection.invert!([frame.width, frame.height])!;
  return { west, south, east, north };
}

export function projectPoint(frame: SvgFrame, point: LngLat): [number, number] {
  const [x, y] = frame.projection([point[0], point[1]])!;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** An SVG path through the lines; rings that repeat their first point are closed with Z. */
export function svgPath(frame: SvgFrame, lines: ReadonlyArray<ReadonlyArray<LngLat>>): string {
  return lines
    .map((line) => {
      const closed = line.length > 3 && line[0]![0] === line.at(-1)![0] && line[0]![1] === line.at(-1)![1];
      const points = (closed ? line.slice(0, -1) : line).map((point) => projectPoint(frame, point).join(' '));
      return `M${points.join('L')}${closed ? 'Z' : ''}`;
    })
    .join('');
}
