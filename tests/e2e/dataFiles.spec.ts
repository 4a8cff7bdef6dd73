import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { DIST_DIR } from '../support/builtPages.ts';

/**
 * The built /data/ files against the content as editors wrote it, read straight from
 * content/ with a YAML parser and the CSV through an independent parser.
 */
interface TripFile {
  slug: string;
  leader: string;
  start: string | number;
  end?: string | number;
  mode: string;
  origin: string;
  destination: string;
  stops?: Array<string | { place: string }>;
  citations: string[];
}
interface PlaceFile {
  latitude: number;
  longitude: number;
}

function yamlFiles<T>(folder: string): Map<string, T> {
  const dir = join(process.cwd(), 'content', folder);
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name.replace(/\.yaml$/, ''), yaml.load(readFileSync(join(dir, name), 'utf8')) as T]),
  );
}

const trips = [...yamlFiles<TripFile>('trips').values()];
const places = yamlFiles<PlaceFile>('places');
const routes = yamlFiles<unknown>('routes');
const built = (name: string) => readFileSync(join(DIST_DIR, 'data', name), 'utf8');
const asDate = (value: string | number | undefined) => (value === undefined ? null : String(value));
const stopIds = (trip: TripFile) => (trip.stops ?? []).map((stop) => (typeof stop === 'string' ? stop : stop.place));
const precision = (date: string) => ({ 4: 'year', 7: 'month', 10: 'day' })[date.length];

type Position = [number, number];
type Geometry = { type: string; coordinates: Position | Position[] | Position[][] } | null;
interface Feature {
  type: string;
  id: string;
  geometry: Geometry;
  properties: Record<string, unknown>;
}

function firstPosition(geometry: Geometry): Position | undefined {
  if (!geometry) return undefined;
  if (geometry.type === 'Point') return geometry.coordinates as Position;
  if (geometry.type === 'LineString') return (geometry.coordinates as Position[])[0];
  return (geometry.coordinates as Position[][])[0]?.[0];
}

function allPositions(geometry: Geometry): Position[] {
  if (!geometry) return [];
  if (geometry.type === 'Point') return [geometry.coordinates as Position];
  if (geometry.type === 'LineString') return geometry.coordinates as Position[];
  return (geometry.coordinates as Position[][]).flat();
}

test('trips.geojson holds every trip, as written, longitude first from where it started', () => {
  const collection = JSON.parse(built('trips.geojson')) as { type: string; features: Feature[] };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.features.map((feature) => feature.id).sort()).toEqual(trips.map((trip) => trip.slug).sort());
  for (const trip of trips) {
    const feature = collection.features.find((candidate) => candidate.id === trip.slug)!;
    expect(feature.type).toBe('Feature');
    expect(feature.properties).toMatchObject({
      slug: trip.slug,
      leader: trip.leader,
      start: asDate(trip.start),
      startPrecision: precision(asDate(trip.start)!),
      end: asDate(trip.end),
      mode: trip.mode,
      origin: trip.origin,
      destination: trip.destination,
      stops: stopIds(trip),
      passages: trip.citations,
    });
    for (const [longitude, latitude] of allPositions(feature.geometry)) {
      expect(Math.abs(longitude), trip.slug).toBeLessThanOrEqual(180);
      expect(Math.abs(latitude), trip.slug).toBeLessThanOrEqual(90);
    }
    const origin = places.get(trip.origin)!;
    const start = firstPosition(feature.geometry);
    if (start) {
      expect(start[0], `${trip.slug} starts at its origin's longitude`).toBeCloseTo(origin.longitude, 4);
      expect(start[1], `${trip.slug} starts at its origin's latitude`).toBeCloseTo(origin.latitude, 4);
    }
    const own = JSON.parse(built(`trips/${trip.slug}.geojson`)) as { features: Feature[] };
    expect(own.features).toEqual([feature]);
  }
});

test('trips.csv is UTF-8 with a BOM, CRLF lines, every field quoted, and a row per trip as written', () => {
  const text = built('trips.csv');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((row) => row['slug']).sort()).toEqual(trips.map((trip) => trip.slug).sort());
  for (const trip of trips) {
    const row = rows.find((candidate) => candidate['slug'] === trip.slug)!;
    expect(row).toMatchObject({
      leader: trip.leader,
      start: asDate(trip.start),
      end: asDate(trip.end) ?? '',
      mode: trip.mode,
      origin: trip.origin,
      destination: trip.destination,
    });
    expect(row['stops']!.split(' | ').filter(Boolean)).toEqual(stopIds(trip));
    expect(row['passages']!.split(' | ')).toEqual(trip.citations);
  }
  // Outside quoted fields only commas and CRLF separate them: strip every quoted field and check what is left.
  const skeleton = text.slice(1).replace(/"(?:[^"]|"")*"/g, 'Q');
  expect(skeleton).toMatch(/^(Q(,Q)*\r\n)+$/);
});

test('places.geojson puts each place at its coordinates, longitude first', () => {
  const collection = JSON.parse(built('places.geojson')) as { features: Feature[] };
  expect(collection.features.map((feature) => feature.id).sort()).toEqual([...places.keys()].sort());
  for (const feature of collection.features) {
    const place = places.get(feature.id)!;
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [place.longitude, place.latitude] });
  }
});

test('routes.geojson draws every route, and each data set comes as GeoJSON, CSV and JSON', () => {
  const collection = JSON.parse(built('routes.geojson')) as { features: Feature[] };
  expect(collection.features.map((feature) => feature.id).sort()).toEqual([...routes.keys()].sort());
  for (const feature of collection.features)
    expect(['LineString', 'MultiLineString']).toContain(feature.geometry?.type);
  for (const set of ['trips', 'places', 'routes'])
    for (const format of ['geojson', 'csv', 'json'])
      expect(existsSync(join(DIST_DIR, 'data', `${set}.${format}`))).toBe(true);
});
