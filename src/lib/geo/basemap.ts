/**
 * The basemap layers the maps draw, cut from Natural Earth (npm world-atlas) at build
 * time: land and land borders, clipped to a box and simplified to the detail that box
 * needs. Coordinates are rounded so the files stay small.
 */
import { mesh, feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Bounds } from './bounds.ts';
import { clipToBounds } from './clipToBounds.ts';
import { indexShapes, shapesNear, type IndexedShapes } from './shapesNear.ts';
import { simplifyLine } from './simplifyLine.ts';

export interface BasemapLayer {
  id: string;
  bounds: Bounds;
  /** Closed rings of land; draw with the even-odd rule so lakes stay holes. */
  land: Array<Array<[number, number]>>;
  /** Land borders between countries, as open lines. */
  borders: Array<Array<[number, number]>>;
}

export interface BasemapSpec {
  id: string;
  bounds: Bounds;
  /** Largest deviation allowed when simplifying, in degrees. */
  tolerance: number;
  /** Decimal places kept in coordinates. */
  digits: number;
}

function tidy(
  lines: Array<Array<[number, number]>>,
  spec: BasemapSpec,
  minimumPoints: number,
): Array<Array<[number, number]>> {
  const factor = 10 ** spec.digits;
  const round = (value: number): number => Math.round(value * factor) / factor;
  return lines
    .map((line) => simplifyLine(line, spec.tolerance).map(([x, y]): [number, number] => [round(x), round(y)]))
    .filter((line) => line.length >= minimumPoints);
}

/** The land and the borders of one scale of Natural Earth, as GeoJSON split for clipping. */
export interface BasemapShapes {
  land: IndexedShapes;
  borders: IndexedShapes;
}

/** Converts the TopoJSON once: every layer of that scale is cut from the same shapes. */
export function basemapShapes(land: Topology, countries: Topology): BasemapShapes {
  const landObject = land.objects['land'] as GeometryCollection;
  const countryObject = countries.objects['countries'] as GeometryCollection;
  return {
    land: indexShapes(feature(land, landObject)),
    borders: indexShapes(mesh(countries, countryObject, (a, b) => a !== b)),
  };
}

export function buildBasemapLayer(shapes: BasemapShapes, spec: BasemapSpec): BasemapLayer {
  return {
    id: spec.id,
    bounds: spec.bounds,
    // A ring needs four points (the last repeats the first) to enclose anything.
    land: tidy(clipToBounds(shapesNear(shapes.land, spec.bounds), spec.bounds).lines, spec, 4),
    borders: tidy(clipToBounds(shapesNear(shapes.borders, spec.bounds), spec.bounds).lines, spec, 2),
  };
}
