import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse } from 'csv-parse/sync';
import { expect, test } from './support/test.ts';
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
      start_precision: precision(asDate(trip.start)!),
      end: asDate(trip.end),
      mode: trip.mode,
      origin: trip.origin,
      destination: trip.destination,
      stops: stopIds(trip).join('|'),
      passages: trip.citations.join('|'),
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
    expect(row['stops']!.split('|').filter(Boolean)).toEqual(stopIds(trip));
    expect(row['passages']!.split('|')).toEqual(trip.citations);
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

const DATA_SET_NAMES = ['trips', 'places', 'routes'] as const;

/** The dictionary on /data/: each data set's field names as its table lists them, and its words on lists. */
function dictionary(): { names: Record<string, string[]>; html: string } {
  const html = readFileSync(join(DIST_DIR, 'data', 'index.html'), 'utf8');
  const names = Object.fromEntries(
    DATA_SET_NAMES.map((set) => {
      const table = html.match(new RegExp(`<section[^>]*aria-labelledby="columns-${set}"[^>]*>([\\s\\S]*?)</section>`));
      expect(table, `/data/ has a table of the ${set} columns`).not.toBeNull();
      return [
        set,
        [...table![1]!.matchAll(/<th[^>]*scope="row"[^>]*>\s*<code[^>]*>([^<]+)<\/code>/g)].map((m) => m[1]!),
      ];
    }),
  );
  return { names, html };
}

test('CSV headers, JSON keys and GeoJSON properties are the names the dictionary on /data/ gives', () => {
  const { names, html } = dictionary();
  for (const set of DATA_SET_NAMES) {
    const expected = names[set]!;
    expect(expected.length, set).toBeGreaterThan(0);
    const [header] = parse(built(`${set}.csv`), { bom: true, to_line: 1 }) as string[][];
    expect(header, `${set}.csv`).toEqual(expected);
    const json = JSON.parse(built(`${set}.json`)) as { records: Record<string, unknown>[] };
    for (const record of json.records) expect(Object.keys(record), `${set}.json`).toEqual(expected);
    const geojson = JSON.parse(built(`${set}.geojson`)) as { features: Feature[] };
    for (const feature of geojson.features) expect(Object.keys(feature.properties), `${set}.geojson`).toEqual(expected);
  }
  // The separator the dictionary names is the one the cells use.
  const separator = html.match(/separates its items with “([^”]+)”/)?.[1];
  expect(separator).toBe('|');
  const trip = (parse(built('trips.csv'), { bom: true, columns: true }) as Record<string, string>[]).find((row) =>
    row['passages']!.includes(separator!),
  );
  expect(trip, 'a trip cites more than one passage').toBeDefined();
  expect(trip!['passages']!.split(separator!).every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
});

interface Release {
  version: string;
  built: string;
  license: string;
  license_url: string;
  attribution: string;
}

test('every JSON and GeoJSON file carries one version, the licence and the attribution', () => {
  const releases = DATA_SET_NAMES.flatMap((set) => [built(`${set}.json`), built(`${set}.geojson`)]).map(
    (text) => JSON.parse(text) as Release,
  );
  const [first] = releases;
  expect(first!.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{12}$/);
  expect(first!.version.startsWith(first!.built)).toBe(true);
  for (const release of releases) {
    expect(release.version).toBe(first!.version);
    expect(release.license_url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(release.attribution).toContain('The Armored Train');
  }
  const own = JSON.parse(built(`trips/${trips[0]!.slug}.geojson`)) as Release;
  expect(own.version).toBe(first!.version);
});

test('/data/ describes the data as a schema.org Dataset with its version, licence and every file', () => {
  const html = readFileSync(join(DIST_DIR, 'data', 'index.html'), 'utf8');
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].flatMap((m) =>
    [JSON.parse(m[1]!)].flat(),
  ) as Record<string, unknown>[];
  const dataset = blocks.find((block) => block['@type'] === 'Dataset');
  expect(dataset, 'a Dataset in the JSON-LD of /data/').toBeDefined();
  const release = JSON.parse(built('trips.json')) as Release;
  expect(dataset).toMatchObject({
    version: release.version,
    license: release.license_url,
    isAccessibleForFree: true,
  });
  expect(String(dataset!['description']).length).toBeGreaterThanOrEqual(50);
  const downloads = dataset!['distribution'] as { contentUrl: string; encodingFormat: string }[];
  const files = DATA_SET_NAMES.flatMap((set) => ['geojson', 'csv', 'json'].map((format) => `/data/${set}.${format}`));
  expect(downloads.map((download) => new URL(download.contentUrl).pathname)).toEqual(expect.arrayContaining(files));
  for (const download of downloads) {
    expect(download.encodingFormat, download.contentUrl).toMatch(/^[a-z]+\/[a-z+.-]+/);
    expect(existsSync(join(DIST_DIR, new URL(download.contentUrl).pathname)), download.contentUrl).toBe(true);
  }
});

test('datapackage.json describes each CSV with the dictionary’s fields, the version and the licence', () => {
  const { names } = dictionary();
  const pack = JSON.parse(built('datapackage.json')) as {
    version: string;
    licenses: { name: string; path: string }[];
    resources: { name: string; path: string; format: string; schema?: { fields: { name: string }[] } }[];
  };
  expect(pack.version).toBe((JSON.parse(built('trips.json')) as Release).version);
  expect(pack.licenses[0]).toMatchObject({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' });
  for (const set of DATA_SET_NAMES) {
    const csv = pack.resources.find((resource) => resource.path === `${set}.csv`);
    expect(
      csv?.schema?.fields.map((field) => field.name),
      `${set}.csv`,
    ).toEqual(names[set]);
  }
  for (const resource of pack.resources) expect(existsSync(join(DIST_DIR, 'data', resource.path))).toBe(true);
});

const OGR2OGR = spawnSync('ogr2ogr', ['--version'], { encoding: 'utf8' });

test.describe('GIS tools', () => {
  test.skip(OGR2OGR.status !== 0, 'ogr2ogr (GDAL) is not installed here: apt-get install gdal-bin; CI installs it');

  const featureCount = (info: string) => Number(info.match(/Feature Count: (\d+)/)?.[1]);
  const fieldNames = (info: string) =>
    [...info.matchAll(/^(\w+): (?:String|Real|Integer|Integer64)\b/gm)].map((m) => m[1]!);

  for (const [driver, extension] of [
    ['ESRI Shapefile', 'shp'],
    ['GPKG', 'gpkg'],
  ] as const) {
    test(`ogr2ogr writes every feature and field of the GeoJSON files to ${driver}`, () => {
      const { names } = dictionary();
      const out = mkdtempSync(join(tmpdir(), 'armored-train-gis-'));
      try {
        for (const set of DATA_SET_NAMES) {
          const source = join(DIST_DIR, 'data', `${set}.geojson`);
          const target = join(out, `${set}.${extension}`);
          const options = driver === 'ESRI Shapefile' ? ['-lco', 'ENCODING=UTF-8'] : [];
          const run = spawnSync('ogr2ogr', ['-f', driver, ...options, target, source], { encoding: 'utf8' });
          expect(run.status, run.stderr).toBe(0);
          expect(run.stderr, `${set}: ${run.stderr}`).not.toMatch(/ERROR/);
          const info = spawnSync('ogrinfo', ['-so', '-al', target], { encoding: 'utf8' }).stdout;
          const features = (JSON.parse(built(`${set}.geojson`)) as { features: Feature[] }).features;
          expect(featureCount(info), `${set}.${extension}: ${info}`).toBe(features.length);
          // A Shapefile (dBase) cuts field names to ten characters.
          const expected = names[set]!.map((name) => (driver === 'ESRI Shapefile' ? name.slice(0, 10) : name));
          expect(fieldNames(info), `${set}.${extension}`).toEqual(expect.arrayContaining(expected));
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }
});
