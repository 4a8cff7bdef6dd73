/**
 * The one declaration of the fields of each data set: their names and what each holds.
 * The CSV header, the JSON keys, the GeoJSON properties, the Data Package schema and the
 * dictionary on /data/ are all written from these lists, so they cannot name a field two ways.
 */
import type { PlaceRecord, RouteRecord, TripRecord } from './dataRecords.ts';

/**
 * Between the items of a list held as one value (a CSV cell, a GeoJSON property): a
 * character no id, date or address on the site contains.
 */
export const LIST_SEPARATOR = '|';

/** One value as a CSV cell or a GeoJSON property holds it: text, a number, or empty. */
export type CellValue = string | number | null;

export interface Column<Row> {
  /** The field's name in every file: snake_case, which GIS tools, pandas and R take as it is. */
  name: string;
  description: string;
  /** The value as one cell: a list's items joined by LIST_SEPARATOR. */
  value: (row: Row) => CellValue;
  /** The value as JSON holds it: a list stays an array. */
  jsonValue: (row: Row) => CellValue | readonly string[];
}

/** "start_precision" for the record field startPrecision: the files' names are snake_case. */
type SnakeCase<Name extends string> = Name extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : Name;

/** A description for every field of the record, keyed by its column name, in column order. */
export type ColumnDescriptions<Row> = { [Field in keyof Row & string as SnakeCase<Field>]: string };

/**
 * The columns of a record: one for each field, holding that field. Keying the descriptions
 * by column name makes a record field without a description, or a description without a
 * field, a type error.
 */
function columnsOf<Row>(descriptions: ColumnDescriptions<Row>): Column<Row>[] {
  return Object.entries<string>(descriptions).map(([name, description]) => {
    const field = name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) as keyof Row;
    const jsonValue = (row: Row) => row[field] as CellValue | readonly string[];
    const value = (row: Row): CellValue => {
      const cell = jsonValue(row);
      return Array.isArray(cell) ? cell.join(LIST_SEPARATOR) : (cell as CellValue);
    };
    return { name, description, value, jsonValue };
  });
}

/** A row as an object keyed by the column names, in column order: cells, or JSON's values. */
export function rowObject<Row>(
  columns: readonly Column<Row>[],
  row: Row,
  form: 'cell' | 'json',
): Record<string, CellValue | readonly string[]> {
  return Object.fromEntries(
    columns.map((column) => [column.name, form === 'cell' ? column.value(row) : column.jsonValue(row)]),
  );
}

export const TRIP_COLUMNS = columnsOf<TripRecord>({
  slug: 'The trip’s permanent id; its page is /trips/<slug>/.',
  title: 'The trip’s title, as on the site.',
  leader: 'Who travelled: the leader’s id, such as kim-jong-un.',
  leader_name: 'The leader’s name in English.',
  start: 'When the trip began, as precisely as the sources say: 2018, 2019-04 or 2023-09-10.',
  start_precision: 'year, month or day: how precise start is.',
  end: 'When the trip ended, in the same form; empty when not reported.',
  end_precision: 'year, month or day; empty when end is.',
  date_note: 'Where reports disagree on the dates, or why they are only this precise.',
  mode: 'train, plane, train-and-plane, train-and-car, or unknown when the sources do not say.',
  mode_note: 'For a mixed journey: which part went how.',
  origin: 'Where the trip started: a place id (see places.csv).',
  destination: 'Where the trip went: a place id.',
  stops: 'Place ids of the stops on the way, in order.',
  return_to: 'Where the journey ended when it went on past the destination.',
  met: 'Who the leader met, with their titles.',
  purpose: 'What the trip was for, in the site’s words.',
  summary: 'One or two sentences on the trip, in the site’s words.',
  verification: 'Who says the trip happened, for example reported-by-media or confirmed.',
  passages: 'Ids of the source passages cited; each is quoted at /sources/#passage-<id>.',
  source_urls:
    'Addresses of the documents those passages come from (the site’s sources page for the two seed documents).',
  page_url: 'The trip’s page on the site.',
});

export const PLACE_COLUMNS = columnsOf<PlaceRecord>({
  id: 'The place id used by trips and routes.',
  name_en: 'The name in English.',
  name_ko: 'The name in Korean, where given.',
  name_ru: 'The name in Russian, where given.',
  name_zh: 'The name in Chinese, where given.',
  name_vi: 'The name in Vietnamese, where given.',
  latitude: 'Degrees north, WGS 84.',
  longitude: 'Degrees east, WGS 84.',
  kind: 'capital, city, town, station, border-crossing, junction or landmark.',
  country: 'ISO 3166 two-letter country code.',
  gazetteer: 'The gazetteer the coordinates were checked against.',
  gazetteer_url: 'The place’s entry in that gazetteer.',
});

export const ROUTE_COLUMNS = columnsOf<RouteRecord>({
  id: 'The route’s id.',
  title: 'The route’s name.',
  summary: 'Where the route runs, in the site’s words.',
  stops: 'Place ids of its stations, in the file’s order.',
  drawn_length_km:
    'The length of the line as drawn, in kilometres, to one decimal place: an approximate line, straight between the stations that can be placed, so shorter than the track. Not a rail distance.',
  approximate_legs: `Place ids of the stops whose leg (from the stop before, or from the junction it branches from) is drawn through too few known stations to be measured by at all, separated by "${LIST_SEPARATOR.trim()}".`,
  passages: 'Ids of the source passages that describe the route.',
  source_urls: 'Addresses of the documents those passages come from.',
});

/** Every data set's columns, by the data set's name. */
export const COLUMNS = { trips: TRIP_COLUMNS, places: PLACE_COLUMNS, routes: ROUTE_COLUMNS } as const;
