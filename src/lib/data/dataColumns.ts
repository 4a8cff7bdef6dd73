/**
 * The columns of each CSV file, with what each holds. The /data/ page lists the same
 * descriptions, so the README and the files cannot drift apart.
 */
import type { PlaceRecord, RouteRecord, TripRecord } from './dataRecords.ts';

/** Between the items of a list in one CSV cell: a character no id, date or address contains. */
export const LIST_SEPARATOR = ' | ';

export interface Column<Row> {
  name: string;
  description: string;
  value: (row: Row) => string | number | null;
}

/** "start_precision" for the field startPrecision: CSV headers are snake_case. */
type SnakeCase<Name extends string> = Name extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : Name;

/** A description for every field of the record, keyed by its column name, in column order. */
export type ColumnDescriptions<Row> = { [Field in keyof Row & string as SnakeCase<Field>]: string };

/**
 * The columns of a record's CSV file: one for each field, holding that field (a list as
 * one cell, its items joined). Keying the descriptions by column name makes a record field
 * without a description, or a description without a field, a type error.
 */
function columnsOf<Row>(descriptions: ColumnDescriptions<Row>): Column<Row>[] {
  return Object.entries<string>(descriptions).map(([name, description]) => {
    const field = name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) as keyof Row;
    const value = (row: Row) => {
      const cell = row[field] as string | number | null | readonly string[];
      return Array.isArray(cell) ? cell.join(LIST_SEPARATOR) : (cell as string | number | null);
    };
    return { name, description, value };
  });
}

export const TRIP_COLUMNS = columnsOf<TripRecord>({
  slug: 'The trip’s permanent id; its page is /trips/<slug>/.',
  title: 'The trip’s title, as on the site.',
  leader: 'kim-il-sung, kim-jong-il or kim-jong-un.',
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
  stops: `Place ids of the stops on the way, in order, separated by "${LIST_SEPARATOR.trim()}".`,
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
