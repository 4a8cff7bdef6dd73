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
