/**
 * Every file under /data/, by data set and format, from the loaded data sets: the
 * endpoints in src/pages/data/ only pick one.
 */
import type { LngLat } from '../geo/lngLat.ts';
import { csvTable } from './csvTable.ts';
import { COLUMNS, rowObject, type CellValue, type Column } from './dataColumns.ts';
import type { PlaceRecord, RouteRecord, TripRecord } from './dataRecords.ts';
import type { DataRelease } from './dataRelease.ts';
import { featureCollection, lineFeature, pointFeature, type Feature } from './geoJson.ts';

export const DATA_SETS = ['trips', 'places', 'routes'] as const;
export type DataSetName = (typeof DATA_SETS)[number];
export const DATA_FORMATS = ['geojson', 'csv', 'json'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export const MEDIA_TYPES: Record<DataFormat, string> = {
  geojson: 'application/geo+json',
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json',
};

export interface DataSetsInput {
  trips: ReadonlyArray<{ record: TripRecord; lines: ReadonlyArray<ReadonlyArray<LngLat>> }>;
  places: readonly PlaceRecord[];
  routes: ReadonlyArray<{ record: RouteRecord; lines: ReadonlyArray<ReadonlyArray<LngLat>> }>;
}

/** The data sets with what the files say about themselves. */
export interface DataFilesInput extends DataSetsInput {
  release: DataRelease;
}

type DataFileWriter = (data: DataFilesInput) => string;
type Properties = Record<string, CellValue>;

/** A row's GeoJSON properties: its CSV cells, by column name. */
function cellsOf<Row>(columns: readonly Column<Row>[]): (row: Row) => Properties {
  return (row) => rowObject(columns, row, 'cell') as Properties;
}

const tripProperties = cellsOf(COLUMNS.trips);

function tripFeature(trip: DataSetsInput['trips'][number]): Feature<Properties> {
  return lineFeature(trip.record.slug, trip.lines, tripProperties(trip.record));
}

/**
 * The three files of one data set, every one written through the set's columns. JSON is
 * the rows alone, lists as arrays; GeoJSON gives each row a geometry, its properties the
 * CSV's cells, because Shapefiles and GeoPackages cannot hold a list in a field.
 */
function filesOf<Row>(
  columns: readonly Column<Row>[],
  rows: (data: DataSetsInput) => readonly Row[],
  features: (data: DataSetsInput, properties: (row: Row) => Properties) => Feature<Properties>[],
): Record<DataFormat, DataFileWriter> {
  const cells = cellsOf(columns);
  return {
    csv: (data) => csvTable(columns, rows(data)),
    json: (data) =>
      JSON.stringify({ ...data.release, records: rows(data).map((row) => rowObject(columns, row, 'json')) }, null, 2),
    geojson: (data) => JSON.stringify(featureCollection(features(data, cells), data.release)),
  };
}

const DATA_FILES: Record<DataSetName, Record<DataFormat, DataFileWriter>> = {
  trips: filesOf(
    COLUMNS.trips,
    (data) => data.trips.map((trip) => trip.record),
    (data) => data.trips.map(tripFeature),
  ),
  places: filesOf(
    COLUMNS.places,
    (data) => data.places,
    (data, properties) =>
      data.places.map((place) => pointFeature(place.id, [place.longitude, place.latitude], properties(place))),
  ),
  routes: filesOf(
    COLUMNS.routes,
    (data) => data.routes.map((route) => route.record),
    (data, properties) =>
      data.routes.map((route) => lineFeature(route.record.id, route.lines, properties(route.record))),
  ),
};

/** The body of /data/<name>.<format>. */
export function dataFile(data: DataFilesInput, name: DataSetName, format: DataFormat): string {
  return DATA_FILES[name][format](data);
}

/** One trip as a FeatureCollection of its own, for "Download this trip". */
export function tripGeoJson(data: DataFilesInput, slug: string): string {
  const trip = data.trips.find((entry) => entry.record.slug === slug);
  if (!trip) throw new Error(`No trip "${slug}" in the data.`);
  return JSON.stringify(featureCollection([tripFeature(trip)], data.release));
}

export function dataFilePath(name: DataSetName, format: DataFormat): string {
  return `/data/${name}.${format}`;
}

export function tripDataPath(slug: string): string {
  return `/data/trips/${slug}.geojson`;
}
