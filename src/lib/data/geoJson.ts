/**
 * GeoJSON (RFC 7946) for the trips, places and routes: FeatureCollections in WGS 84 with
 * longitude first, the order the site's geometry already uses (LngLat).
 */
import type { LngLat } from '../geo/lngLat.ts';

export type Position = [longitude: number, latitude: number];

export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] };

export interface Feature<P> {
  type: 'Feature';
  id: string;
  geometry: Geometry | null;
  properties: P;
}

export interface FeatureCollection<P> {
  type: 'FeatureCollection';
  features: Feature<P>[];
}

/** Six decimals place a point to about 10 cm, finer than any coordinate in content/ (RFC 7946 §11.2). */
function position([longitude, latitude]: LngLat): Position {
  return [Number(longitude.toFixed(6)), Number(latitude.toFixed(6))];
}

function samePosition(a: LngLat, b: LngLat): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * Lines joined where one ends where the next begins, so a route drawn leg by leg is one
 * LineString; a branch, or a trip that flew, starts another line of a MultiLineString.
 */
export function lineGeometry(lines: ReadonlyArray<ReadonlyArray<LngLat>>): Geometry | null {
  const chains: LngLat[][] = [];
  for (const line of lines) {
    if (line.length < 2) continue;
    const last = chains.at(-1);
    if (last && samePosition(last.at(-1)!, line[0]!)) last.push(...line.slice(1));
    else chains.push([...line]);
  }
  if (chains.length === 0) return null;
  if (chains.length === 1) return { type: 'LineString', coordinates: chains[0]!.map(position) };
  return { type: 'MultiLineString', coordinates: chains.map((chain) => chain.map(position)) };
}

/**
 * A FeatureCollection that begins with members of its own (RFC 7946 §6.1 allows them):
 * the version, licence and attribution of the data.
 */
export function featureCollection<P, M extends object>(features: Feature<P>[], members: M): FeatureCollection<P> & M {
  return { type: 'FeatureCollection', ...members, features };
}

/** A trip or route along its lines: railways, roads, flights. */
export function lineFeature<P>(id: string, lines: ReadonlyArray<ReadonlyArray<LngLat>>, properties: P): Feature<P> {
  return { type: 'Feature', id, geometry: lineGeometry(lines), properties };
}

export function pointFeature<P>(id: string, point: LngLat, properties: P): Feature<P> {
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: position(point) }, properties };
}
