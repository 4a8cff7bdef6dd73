/**
 * Narrowing the timeline by leader, mode of travel and country visited, in the browser. This file
 * imports no schema: what the client script bundles stays small and free of Zod, whose
 * start-up probe for eval breaks the Content Security Policy.
 */

export interface TripFilter {
  /** null shows every leader. */
  leader: string | null;
  /** null shows every mode. */
  mode: string | null;
  /** null shows every country; otherwise a country code such as "CN". */
  country: string | null;
}

export const NO_FILTER: TripFilter = { leader: null, mode: null, country: null };

export function matchesTripFilter(
  trip: { leader: string; modeFilterValues: readonly string[]; countries: readonly string[] },
  filter: TripFilter,
): boolean {
  if (filter.leader !== null && trip.leader !== filter.leader) return false;
  if (filter.mode !== null && !trip.modeFilterValues.includes(filter.mode)) return false;
  if (filter.country !== null && !trip.countries.includes(filter.country)) return false;
  return true;
}

/** What the filters leave, for the live region under them. */
export function filterCountLabel(shown: number, total: number): string {
  const trips = (count: number) => `${count} ${count === 1 ? 'trip' : 'trips'}`;
  return shown === total ? `Showing all ${trips(total)}.` : `Showing ${shown} of ${trips(total)}.`;
}

/** The count beside a group's heading: the group's size, or what the filters leave of it. */
export function groupCountLabel(shown: number, total: number): string {
  const trips = total === 1 ? 'trip' : 'trips';
  return shown === total ? `${total} ${trips}` : `${shown} of ${total} ${trips}`;
}
