/**
 * The chosen trip in the address bar, `/?trip=<slug>`, so a reader can share what they
 * are looking at. The URL is the one place the choice is kept: a component that starts
 * late (a map loaded when scrolled into view) reads it from here.
 */
import { TRIP_ANCHOR_PREFIX, tripAnchorId } from './tripAddresses.ts';

export const TRIP_QUERY_PARAMETER = 'trip';

/**
 * The chosen slug, or null when none is chosen or it names no trip on the page: an
 * address edited by hand or an old link to a renamed trip then simply chooses nothing.
 */
export function readTripSelection(search: string, knownSlugs: ReadonlySet<string>): string | null {
  const slug = new URLSearchParams(search).get(TRIP_QUERY_PARAMETER);
  return slug !== null && knownSlugs.has(slug) ? slug : null;
}

/**
 * The trip an address chooses when a reader lands on the page: `?trip=<slug>`, or else a
 * link to a trip's entry in the timeline (`#trip-<slug>`, or `#trip-<earlier slug>` for a
 * trip renamed since: `aliases` maps each earlier slug to the trip's slug).
 */
export function tripChosenOnLanding(
  search: string,
  hash: string,
  knownSlugs: ReadonlySet<string>,
  aliases: ReadonlyMap<string, string> = new Map(),
): string | null {
  const fromQuery = readTripSelection(search, knownSlugs);
  if (fromQuery !== null) return fromQuery;
  if (!hash.startsWith(`#${TRIP_ANCHOR_PREFIX}`)) return null;
  const named = decodeURIComponent(hash.slice(TRIP_ANCHOR_PREFIX.length + 1));
  const slug = aliases.get(named) ?? named;
  return knownSlugs.has(slug) ? slug : null;
}

/**
 * The address with the choice written in (or taken out, for null). Other parameters stay;
 * a fragment pointing at another trip's entry goes, or the shared link would land on one
 * trip with another chosen.
 */
export function addressWithTripSelection(href: string, slug: string | null): string {
  const url = new URL(href);
  if (slug === null) url.searchParams.delete(TRIP_QUERY_PARAMETER);
  else url.searchParams.set(TRIP_QUERY_PARAMETER, slug);
  const pointsAtOtherTrip =
    url.hash.startsWith(`#${TRIP_ANCHOR_PREFIX}`) && (slug === null || url.hash !== `#${tripAnchorId(slug)}`);
  if (pointsAtOtherTrip) url.hash = '';
  return url.href;
}
