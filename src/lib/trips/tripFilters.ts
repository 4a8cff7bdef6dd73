/**
 * Narrowing the timeline by leader and by mode of travel, in the browser. This file
 * imports no schema: what the client script bundles stays small and free of Zod, whose
 * start-up probe for eval breaks the Content Security Policy.
 */

export interface TripFilter {
  /** null shows every leader. */
  leader: string | null;
  /** null shows every mode. */
  mode: string | null;
}

export const NO_FILTER: TripFilter = { leader: null, mode: null };

export function matchesTripFilter(
  trip: { leader: string; modeFilterValues: readonly string[] },
  filter: TripFilter,
): boolean {
  if (filter.leader !== null && trip.leader !== filter.leader) return false;
  if (filter.mode !== null && !trip.modeFilterValues.includes(filter.mode)) return false;
  return true;
}

/** What the filters leave, for the live region under them. */
export function filterCountLabel(shown: number, total: number): string {
  const trips = (count: number) => `${count} ${count === 1 ? 'trip' : 'trips'}`;
  return shown === total ? `Showing all ${trips(total)}.` : `Showing ${shown} of ${trips(total)}.`;
}
