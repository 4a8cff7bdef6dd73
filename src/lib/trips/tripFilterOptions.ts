/**
 * The choices the timeline's filters offer. A trip made partly by train and partly by air
 * counts under both "By train" and "By air": a reader asking which trips used the train
 * expects to find it.
 */
import { TRAVEL_MODES, TRAVEL_MODE_LABELS } from '../content/schemas.ts';
import { COUNTRY_NAMES, type CountryCode } from './tripCountries.ts';

export type TravelMode = (typeof TRAVEL_MODES)[number];
/** What a reader can filter by: every mode except the combined ones, which count under each of their parts. */
export type ModeFilterValue = Exclude<TravelMode, 'train-and-plane' | 'train-and-car'>;

const MODES_INCLUDED: Record<TravelMode, readonly ModeFilterValue[]> = {
  train: ['train'],
  plane: ['plane'],
  'train-and-plane': ['train', 'plane'],
  // No trip went by car alone, so the car part offers no filter of its own.
  'train-and-car': ['train'],
  unknown: ['unknown'],
};

/** The filter values a trip of this mode answers to. */
export function modeFilterValues(mode: TravelMode): readonly ModeFilterValue[] {
  return MODES_INCLUDED[mode];
}

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * Only the choices that match at least one trip, so no choice empties the list: leaders in
 * the order their first trip comes in the list given (the timeline's, earliest first), so
 * the menu reads in the order of the groups; modes in a fixed order; countries
 * alphabetically, as a reader looks one up.
 */
export function tripFilterOptions(
  trips: readonly { leader: string; leaderName: string; mode: TravelMode; countries?: readonly CountryCode[] }[],
): {
  leaders: FilterOption[];
  modes: FilterOption[];
  countries: FilterOption[];
} {
  const leaders = new Map<string, string>();
  for (const trip of trips) if (!leaders.has(trip.leader)) leaders.set(trip.leader, trip.leaderName);
  const modesPresent = new Set(trips.flatMap((trip) => modeFilterValues(trip.mode)));
  const countriesPresent = new Set(trips.flatMap((trip) => trip.countries ?? []));
  return {
    countries: [...countriesPresent]
      .map((country) => ({ value: country, label: COUNTRY_NAMES[country] }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    leaders: [...leaders].map(([value, label]) => ({ value, label })),
    modes: TRAVEL_MODES.filter((mode): mode is ModeFilterValue => modesPresent.has(mode as ModeFilterValue)).map(
      (mode) => ({ value: mode, label: TRAVEL_MODE_LABELS[mode] }),
    ),
  };
}
