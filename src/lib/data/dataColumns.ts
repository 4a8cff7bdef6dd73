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

const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);

export const TRIP_COLUMNS: Column<TripRecord>[] = [
  { name: 'slug', description: 'The trip’s permanent id; its page is /trips/<slug>/.', value: (t) => t.slug },
  { name: 'title', description: 'The trip’s title, as on the site.', value: (t) => t.title },
  { name: 'leader', description: 'kim-il-sung, kim-jong-il or kim-jong-un.', value: (t) => t.leader },
  { name: 'leader_name', description: 'The leader’s name in English.', value: (t) => t.leaderName },
  {
    name: 'start',
    description: 'When the trip began, as precisely as the sources say: 2018, 2019-04 or 2023-09-10.',
    value: (t) => t.start,
  },
  { name: 'start_precision', description: 'year, month or day: how precise start is.', value: (t) => t.startPrecision },
  { name: 'end', description: 'When the trip ended, in the same form; empty when not reported.', value: (t) => t.end },
  { name: 'end_precision', description: 'year, month or day; empty when end is.', value: (t) => t.endPrecision },
  {
    name: 'date_note',
    description: 'Where reports disagree on the dates, or why they are only this precise.',
    value: (t) => t.dateNote,
  },
  {
    name: 'mode',
    description: 'train, plane, train-and-plane, train-and-car, or unknown when the sources do not say.',
    value: (t) => t.mode,
  },
  { name: 'mode_note', description: 'For a mixed journey: which part went how.', value: (t) => t.modeNote },
  { name: 'origin', description: 'Where the trip started: a place id (see places.csv).', value: (t) => t.origin },
  { name: 'destination', description: 'Where the trip went: a place id.', value: (t) => t.destination },
  {
    name: 'stops',
    description: `Place ids of the stops on the way, in order, separated by "${LIST_SEPARATOR.trim()}".`,
    value: (t) => list(t.stops),
  },
  {
    name: 'return_to',
    description: 'Where the journey ended when it went on past the destination.',
    value: (t) => t.returnTo,
  },
  { name: 'met', description: 'Who the leader met, with their titles.', value: (t) => t.met },
  { name: 'purpose', description: 'What the trip was for, in the site’s words.', value: (t) => t.purpose },
  { name: 'summary', description: 'One or two sentences on the trip, in the site’s words.', value: (t) => t.summary },
  {
    name: 'verification',
    description: 'Who says the trip happened, for example reported-by-media or confirmed.',
    value: (t) => t.verification,
  },
  {
    name: 'passages',
    description: 'Ids of the source passages cited; each is quoted at /sources/#passage-<id>.',
    value: (t) => list(t.passages),
  },
  {
    name: 'source_urls',
    description:
      'Addresses of the documents those passages come from (the site’s sources page for the two seed documents).',
    value: (t) => list(t.sourceUrls),
  },
  { name: 'page_url', description: 'The trip’s page on the site.', value: (t) => t.pageUrl },
];

export const PLACE_COLUMNS: Column<PlaceRecord>[] = [
  { name: 'id', description: 'The place id used by trips and routes.', value: (p) => p.id },
  { name: 'name_en', description: 'The name in English.', value: (p) => p.nameEn },
  { name: 'name_ko', description: 'The name in Korean, where given.', value: (p) => p.nameKo },
  { name: 'name_ru', description: 'The name in Russian, where given.', value: (p) => p.nameRu },
  { name: 'name_zh', description: 'The name in Chinese, where given.', value: (p) => p.nameZh },
  { name: 'name_vi', description: 'The name in Vietnamese, where given.', value: (p) => p.nameVi },
  { name: 'latitude', description: 'Degrees north, WGS 84.', value: (p) => p.latitude },
  { name: 'longitude', description: 'Degrees east, WGS 84.', value: (p) => p.longitude },
  {
    name: 'kind',
    description: 'capital, city, town, station, border-crossing, junction or landmark.',
    value: (p) => p.kind,
  },
  { name: 'country', description: 'ISO 3166 two-letter country code.', value: (p) => p.country },
  { name: 'gazetteer', description: 'The gazetteer the coordinates were checked against.', value: (p) => p.gazetteer },
  { name: 'gazetteer_url', description: 'The place’s entry in that gazetteer.', value: (p) => p.gazetteerUrl },
];

export const ROUTE_COLUMNS: Column<RouteRecord>[] = [
  { name: 'id', description: 'The route’s id.', value: (r) => r.id },
  { name: 'title', description: 'The route’s name.', value: (r) => r.title },
  { name: 'summary', description: 'Where the route runs, in the site’s words.', value: (r) => r.summary },
  { name: 'stops', description: 'Place ids of its stations, in the file’s order.', value: (r) => list(r.stops) },
  {
    name: 'length_km',
    description: 'The length of the line as drawn, in kilometres, to one decimal place.',
    value: (r) => r.lengthKm,
  },
  {
    name: 'passages',
    description: 'Ids of the source passages that describe the route.',
    value: (r) => list(r.passages),
  },
  {
    name: 'source_urls',
    description: 'Addresses of the documents those passages come from.',
    value: (r) => list(r.sourceUrls),
  },
];
