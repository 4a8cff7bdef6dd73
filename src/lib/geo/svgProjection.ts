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

/** Tenths of a unit, the precision of every point drawn: finer than a pixel at any size the maps are shown. */
function inTenths(frame: SvgFrame, point: LngLat): [number, number] {
  const [x, y] = frame.projection([point[0], point[1]])!;
  return [Math.round(x * 10), Math.round(y * 10)];
}

/** A number of tenths as SVG path data writes it shortest: "12.3", ".5", "-.5", "4". */
function tenths(value: number): string {
  const text = String(value / 10);
  return text.replace(/^(-?)0\./, '$1.');
}

/** A pair of numbers, with the space between them left out where a minus sign already separates them. */
function pair(x: number, y: number): string {
  const second = tenths(y);
  return `${tenths(x)}${second.startsWith('-') ? '' : ' '}${second}`;
}

/**
 * An SVG path through the lines; rings that repeat their first point are closed with Z.
 *
 * Each line starts at an absolute point (M) and goes on in steps relative to the point before
 * (l, written once and repeated by SVG for each further pair): the steps are short numbers that repeat, so the basemap and routes inlined in every page
 * weigh about a third less compressed than with absolute points. Steps are taken between points
 * already rounded to tenths, so the rounding never adds up along a line, and a step that rounds
 * to nothing is left out.
 */
export function svgPath(frame: SvgFrame, lines: ReadonlyArray<ReadonlyArray<LngLat>>): string {
  return lines
    .map((line) => {
      const closed = line.length > 3 && line[0]![0] === line.at(-1)![0] && line[0]![1] === line.at(-1)![1];
      const points = (closed ? line.slice(0, -1) : line).map((point) => inTenths(frame, point));
      const [start, ...rest] = points;
      if (start === undefined) return '';
      let [x, y] = start;
      const steps: string[] = [];
      for (const [nextX, nextY] of rest) {
        if (nextX === x && nextY === y) continue;
        steps.push(pair(nextX - x, nextY - y));
        [x, y] = [nextX, nextY];
      }
      // A line whose every point rounds to its first is still drawn, as a dot-sized step.
      // After the first `l`, SVG repeats the command for each further pair of numbers.
      const path =
        steps.length > 0
          ? `l${steps.reduce((joined, step) => `${joined}${step.startsWith('-') ? '' : ' '}${step}`)}`
          : rest.length > 0
            ? 'l0 0'
            : '';
      return `M${pair(start[0], start[1])}${path}${closed ? 'Z' : ''}`;
    })
    .join('');
}
