/**
 * Every file under /data/, by data set and format, from the loaded data sets: the
 * endpoints in src/pages/data/ only pick one.
 */
import type { LngLat } from '../geo/lngLat.ts';
import { csvTable } from './csvTable.ts';
import { PLACE_COLUMNS, ROUTE_COLUMNS, TRIP_COLUMNS } from './dataColumns.ts';
import type { PlaceRecord, RouteRecord, TripRecord } from './dataRecords.ts';
import { featureCollection, placeFeature, routeFeature, tripFeature } from './geoJson.ts';

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

/** The body of /data/<name>.<format>. JSON is the records alone, without geometry. */
export function dataFile(data: DataSetsInput, name: DataSetName, format: DataFormat): string {
  if (name === 'trips') {
    if (format === 'csv')
      return csvTable(
        TRIP_COLUMNS,
        data.trips.map((trip) => trip.record),
      );
    if (format === 'json')
      return JSON.stringify(
        data.trips.map((trip) => trip.record),
        null,
        2,
      );
    return JSON.stringify(featureCollection(data.trips.map((trip) => tripFeature(trip.record, trip.lines))));
  }
  if (name === 'places') {
    if (format === 'csv') return csvTable(PLACE_COLUMNS, data.places);
    if (format === 'json') return JSON.stringify(data.places, null, 2);
    return JSON.stringify(featureCollection(data.places.map(placeFeature)));
  }
  if (format === 'csv')
    return csvTable(
      ROUTE_COLUMNS,
      data.routes.map((route) => route.record),
    );
  if (format === 'json')
    return JSON.stringify(
      data.routes.map((route) => route.record),
      null,
      2,
    );
  return JSON.stringify(featureCollection(data.routes.map((route) => routeFeature(route.record, route.lines))));
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
