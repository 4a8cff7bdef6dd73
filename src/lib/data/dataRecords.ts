/**
 * The rows of the downloadable data (/data/): one record per trip, place and route, in
 * plain values a spreadsheet or a GIS can take, built from the same content as the pages.
 * Nothing here knows Astro; the loader hands in plain ids and lookups.
 */
import type { TRAVEL_MODES } from '../content/schemas.ts';
import type { DatePrecision, PartialDate } from '../dates/partialDate.ts';
import { tripStop, type TripStopField } from '../trips/tripItinerary.ts';

export interface TripInput {
  slug: string;
  title: string;
  /** The leader's id: the file name in content/leaders/. */
  leader: string;
  start: PartialDate;
  end?: PartialDate | undefined;
  dateNote?: string | undefined;
  mode: (typeof TRAVEL_MODES)[number];
  modeNote?: string | undefined;
  origin: string;
  destination: string;
  stops: ReadonlyArray<TripStopField>;
  returnTo?: string | undefined;
  met?: string | undefined;
  purpose?: string | undefined;
  summary: string;
  verification: string;
  citations: readonly string[];
}

export interface TripRecord {
  slug: string;
  title: string;
  leader: string;
  leaderName: string;
  /** As the sources give it: "2018", "2019-04" or "2023-09-10". */
  start: string;
  startPrecision: DatePrecision;
  end: string | null;
  endPrecision: DatePrecision | null;
  dateNote: string | null;
  mode: string;
  modeNote: string | null;
  origin: string;
  destination: string;
  /** The places on the way, in order, as the trip's file lists them (a place may recur). */
  stops: string[];
  returnTo: string | null;
  met: string | null;
  purpose: string | null;
  summary: string;
  verification: string;
  /** Ids of the source passages the trip cites, in the file's order. */
  passages: string[];
  /** The address of each cited document, once each, in the order first cited. */
  sourceUrls: string[];
  pageUrl: string;
}

/** What a trip record needs from other files, which the trip names by id. */
export interface TripLookups {
  /** The address of the document a passage comes from. */
  sourceUrlOf: (passageId: string) => string;
  /** The leader's name in English, from their file in content/leaders/. */
  leaderNameOf: (leaderId: string) => string;
}

/** @param pageUrl the trip page's absolute address */
export function tripRecord(trip: TripInput, { sourceUrlOf, leaderNameOf }: TripLookups, pageUrl: string): TripRecord {
  return {
    slug: trip.slug,
    title: trip.title,
    leader: trip.leader,
    leaderName: leaderNameOf(trip.leader),
    start: trip.start.iso,
    startPrecision: trip.start.precision,
    end: trip.end?.iso ?? null,
    endPrecision: trip.end?.precision ?? null,
    dateNote: trip.dateNote ?? null,
    mode: trip.mode,
    modeNote: trip.modeNote ?? null,
    origin: trip.origin,
    destination: trip.destination,
    stops: trip.stops.map((stop) => tripStop(stop).place),
    returnTo: trip.returnTo ?? null,
    met: trip.met ?? null,
    purpose: trip.purpose ?? null,
    summary: trip.summary,
    verification: trip.verification,
    passages: [...trip.citations],
    sourceUrls: [...new Set(trip.citations.map(sourceUrlOf))],
    pageUrl,
  };
}

export interface PlaceRecord {
  id: string;
  nameEn: string;
  nameKo: string | null;
  nameRu: string | null;
  nameZh: string | null;
  nameVi: string | null;
  latitude: number;
  longitude: number;
  kind: string;
  country: string;
  gazetteer: string;
  gazetteerUrl: string;
}

export interface RouteRecord {
  id: string;
  title: string;
  summary: string;
  /** The stations in the file's order; a branch's first station follows the line it leaves. */
  stops: string[];
  /** The length of the line as drawn: shorter than the track, never a rail distance. */
  drawnLengthKm: number;
  /** The stops whose leg is marked as drawn too roughly to measure by (`line: approximate`). */
  approximateLegs: string[];
  passages: string[];
  sourceUrls: string[];
}
