/**
 * Addresses journalists made to the home page before its timeline and stop table moved:
 * `/?trip=<slug>` and `/#trip-<slug>` chose or pointed at a trip in the timeline, now on
 * /trips/; `/#stop-<id>` pointed at a stop in the table, now on the page that shows the
 * rail route with its stops, `/#figures-heading` at its figures; the map's own anchors
 * (`#route`, `#route-map-title`, the embed codes) went with the timeline; a correction box
 * (`#correction-…`) is now beside its document on /sources/. The home page sends such an address on to
 * where it now lands.
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
  correctionAnchorPrefix: 'correction-',
  correctionsPath: '/sources/',
} as const;
const {
  tripQueryParameter,
  tripAnchorPrefix,
  stopAnchorPrefix,
  tripsIndexPath,
  correctionAnchorPrefix,
  correctionsPath,
} = OLD_HOME_ADDRESS_PARTS;

/** Anchors of the map and its embed codes, which moved with the timeline to the trips page. */
const MAP_ANCHORS = new Set(['#route', '#route-map-title', '#embed-code-embed-map', '#embed-code-embed-timeline']);

/** Where an old home-page address now lands, or null when it is an address of the home page as it is. */
export function forwardedHomeAddress(href: string, stopTablePath: string | undefined): string | null {
  const url = new URL(href);
  if (url.pathname !== '/') return null;
  const target = new URL(url.href);
  if (url.hash.startsWith(`#${correctionAnchorPrefix}`)) {
    target.pathname = correctionsPath;
    target.hash = url.hash.replace(/-title$/, '');
    return target.href;
  }
  if (
    url.searchParams.has(tripQueryParameter) ||
    url.hash.startsWith(`#${tripAnchorPrefix}`) ||
    MAP_ANCHORS.has(url.hash)
  ) {
    target.pathname = tripsIndexPath;
    return target.href;
  }
  if (stopTablePath !== undefined && (url.hash.startsWith(`#${stopAnchorPrefix}`) || url.hash === '#figures-heading')) {
    target.pathname = stopTablePath;
    return target.href;
  }
  return null;
}
