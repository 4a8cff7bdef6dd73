/**
 * Everything the timeline and a trip page show about one trip, worked out once from the
 * trip's file: labels in words, dates at their precision, addresses.
 */
import {
  DESCRIPTION_MAX,
  TRAVEL_MODE_LABELS,
  VERIFICATION_LABELS,
  type LeaderData,
  type TripData,
} from '../content/schemas.ts';
import { tripAnchorId, tripPagePath, tripTimelinePath } from './tripAddresses.ts';
import { tripDates, type TripDates } from './tripDates.ts';
import { COUNTRY_NAMES, type CountryCode } from './tripCountries.ts';
import { modeFilterValues, type ModeFilterValue, type TravelMode } from './tripFilterOptions.ts';

/** The fields of a trip file the display needs; references may be ids or Astro references. */
export type TripFields = Pick<
  TripData,
  'slug' | 'title' | 'leader' | 'start' | 'end' | 'mode' | 'summary' | 'verification' | 'note' | 'planned'
> &
  Partial<Pick<TripData, 'dateNote' | 'modeNote' | 'met' | 'purpose' | 'aliases'>>;

export interface TripEntry {
  slug: string;
  title: string;
  /** The leader's id: the file name in content/leaders/. */
  leader: string;
  leaderName: string;
  /** The leader's name in Hangul, which the page gives the site search. */
  leaderNativeName: string;
  mode: TravelMode;
  modeLabel: string;
  modeFilterValues: readonly ModeFilterValue[];
  /** Countries visited outside North Korea, in the order reached: see tripCountries.ts. */
  countries: readonly CountryCode[];
  countryNames: string[];
  dates: TripDates;
  summary: string;
  /** The summary cut to fit a search result or social card, at a word. */
  description: string;
  verificationLabel: string;
  note?: string;
  /** Why the dates are only this precise, or where reports disagree on them. */
  dateNote?: string;
  /** Which part of a mixed journey went how. */
  modeNote?: string;
  met?: string;
  purpose?: string;
  /** Earlier slugs whose addresses lead to this trip. */
  aliases: string[];
  planned: boolean;
  anchorId: string;
  pagePath: string;
  timelinePath: string;
}

/**
 * The leader and `countries` come from other files, which the trip file names only by id:
 * the leader's file in content/leaders/, and the trip's places.
 */
export function toTripEntry(
  trip: TripFields,
  leader: Pick<LeaderData, 'name' | 'nativeName'>,
  countries: readonly CountryCode[] = [],
): TripEntry {
  const entry: TripEntry = {
    slug: trip.slug,
    title: trip.title,
    leader: trip.leader,
    leaderName: leader.name,
    leaderNativeName: leader.nativeName,
    mode: trip.mode,
    modeLabel: TRAVEL_MODE_LABELS[trip.mode],
    modeFilterValues: modeFilterValues(trip.mode),
    countries: [...countries],
    countryNames: countries.map((country) => COUNTRY_NAMES[country]),
    dates: tripDates(trip.start, trip.end),
    summary: trip.summary,
    description: shortenAtWord(trip.summary, DESCRIPTION_MAX),
    verificationLabel: VERIFICATION_LABELS[trip.verification],
    aliases: [...(trip.aliases ?? [])],
    planned: trip.planned,
    anchorId: tripAnchorId(trip.slug),
    pagePath: tripPagePath(trip.slug),
    timelinePath: tripTimelinePath(trip.slug),
  };
  if (trip.note !== undefined) entry.note = trip.note;
  if (trip.dateNote !== undefined) entry.dateNote = trip.dateNote;
  if (trip.modeNote !== undefined) entry.modeNote = trip.modeNote;
  if (trip.met !== undefined) entry.met = trip.met;
  if (trip.purpose !== undefined) entry.purpose = trip.purpose;
  return entry;
}

function shortenAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
