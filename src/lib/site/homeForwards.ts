/**
 * Addresses journalists made to the home page before its timeline and stop table moved:
 * `/?trip=<slug>` and `/#trip-<slug>` chose or pointed at a trip in the timeline, now on
 * /trips/; `/#stop-<id>` pointed at a stop in the table, now on the page that shows the
 * rail route with its stops. The home page sends such an address on to where it now lands.
 */
import { TRIP_ANCHOR_PREFIX, TRIPS_INDEX_PATH } from '../trips/tripAddresses.ts';
import { TRIP_QUERY_PARAMETER } from '../trips/tripSelection.ts';

const STOP_ANCHOR_PREFIX = 'stop-';

/** Where an old home-page address now lands, or null when it is an address of the home page as it is. */
export function forwardedHomeAddress(href: string, stopTablePath: string | undefined): string | null {
  const url = new URL(href);
  if (url.pathname !== '/') return null;
  const target = new URL(url.href);
  if (url.searchParams.has(TRIP_QUERY_PARAMETER) || url.hash.startsWith(`#${TRIP_ANCHOR_PREFIX}`)) {
    target.pathname = TRIPS_INDEX_PATH;
    return target.href;
  }
  if (stopTablePath !== undefined && url.hash.startsWith(`#${STOP_ANCHOR_PREFIX}`)) {
    target.pathname = stopTablePath;
    return target.href;
  }
  return null;
}
