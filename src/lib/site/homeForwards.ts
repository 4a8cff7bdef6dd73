/**
 * Addresses journalists made to the home page before its timeline and stop table moved:
 * `/?trip=<slug>` and `/#trip-<slug>` chose or pointed at a trip in the timeline, now on
 * /trips/; `/#stop-<id>` pointed at a stop in the table, now on the page that shows the
 * rail route with its stops. The home page sends such an address on to where it now lands.
 */

/*
 * The addresses' parts are written out here rather than imported from src/lib/trips/: an
 * import shared with the map's and timeline's script would split off a chunk that every
 * page with a map then fetches (tests/e2e/scriptFiles.spec.ts). A unit test holds them to
 * the shared constants.
 */
export const OLD_HOME_ADDRESS_PARTS = {
  tripQueryParameter: 'trip',
  tripAnchorPrefix: 'trip-',
  stopAnchorPrefix: 'stop-',
  tripsIndexPath: '/trips/',
} as const;
const { tripQueryParameter, tripAnchorPrefix, stopAnchorPrefix, tripsIndexPath } = OLD_HOME_ADDRESS_PARTS;

/** Where an old home-page address now lands, or null when it is an address of the home page as it is. */
export function forwardedHomeAddress(href: string, stopTablePath: string | undefined): string | null {
  const url = new URL(href);
  if (url.pathname !== '/') return null;
  const target = new URL(url.href);
  if (url.searchParams.has(tripQueryParameter) || url.hash.startsWith(`#${tripAnchorPrefix}`)) {
    target.pathname = tripsIndexPath;
    return target.href;
  }
  if (stopTablePath !== undefined && url.hash.startsWith(`#${stopAnchorPrefix}`)) {
    target.pathname = stopTablePath;
    return target.href;
  }
  return null;
}
