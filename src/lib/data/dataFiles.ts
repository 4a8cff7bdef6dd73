/**
 * Every file under /data/, by data set and format, from the loaded data sets: the
 * endpoints in src/pages/data/ only pick one.
 */
import type { LngLat } from '../geo/lngLat.ts';
import { csvTable } from './csvTable.ts';
import { PLACE_COLUMNS, ROUTE_COLUMNS, TRIP_COLUMNS, type Column } from './dataColumns.ts';
import type { PlaceRecord, RouteRecord, TripRecord } from './dataRecords.ts';
import { featureCollection, placeFeature, routeFeature, tripFeature, type Feature } from './geoJson.ts';

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

type DataFileWriter = (data: DataSetsInput) => string;

/** The three files of one data set, from its rows and its map features. JSON is the rows alone, without geometry. */
function filesOf<Row>(
  columns: readonly Column<Row>[],
  rows: (data: DataSetsInput) => readonly Row[],
  features: (data: DataSetsInput) => Feature<Row>[],
): Record<DataFormat, DataFileWriter> {
  return {
    csv: (data) => csvTable(columns, rows(data)),
    json: (data) => JSON.stringify(rows(data), null, 2),
    geojson: (data) => JSON.stringify(featureCollection(features(data))),
  };
}

const DATA_FILES: Record<DataSetName, Record<DataFormat, DataFileWriter>> = {
  trips: filesOf(
    TRIP_COLUMNS,
    (data) => data.trips.map((trip) => trip.record),
    (data) => data.trips.map((trip) => tripFeature(trip.record, trip.lines)),
  ),
  places: filesOf(
    PLACE_COLUMNS,
    (data) => data.places,
    (data) => data.places.map(placeFeature),
  ),
  routes: filesOf(
    ROUTE_COLUMNS,
    (data) => data.routes.map((route) => route.record),
    (data) => data.routes.map((route) => routeFeature(route.record, route.lines)),
  ),
};

/** The body of /data/<name>.<format>. */
export function dataFile(data: DataSetsInput, name: DataSetName, format: DataFormat): string {
  return DATA_FILES[name][format](data);
}

/** One trip as a FeatureCollection of its own, for "Download this trip". */
export function tripGeoJson(data: DataSetsInput, slug: string): string {
  const trip = data.trips.find((entry) => entry.record.slug === slug);
  if (!trip) throw new Error(`No trip "${slug}" in the data.`);
  return JSON.stringify(featureCollection([tripFeature(trip.record, trip.lines)]));
}

export function dataFilePath(name: DataSetName, format: DataFormat): string {
  return `/data/${name}.${format}`;
}

export function tripDataPath(slug: string): string {
  return `/data/trips/${slug}.geojson`;
}
