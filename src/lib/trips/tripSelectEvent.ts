/**
 * The contract between the timeline and the route map: each dispatches a bubbling
 * 'trip-select' event when a reader chooses a trip, and each listens for it on document.
 * `origin` says who chose, so a component does not answer its own event, and only
 * choices made on the page (not one restored from the address, or by Back and Forward)
 * write the address and a step in the history.
 */
export const TRIP_SELECT_EVENT = 'trip-select';

export type TripSelectOrigin = 'map' | 'timeline' | 'url' | 'history';

export interface TripSelectDetail {
  /** The chosen trip, or null when the choice is cleared. */
  slug: string | null;
  origin: TripSelectOrigin;
}

const ORIGINS: readonly string[] = ['map', 'timeline', 'url', 'history'] satisfies TripSelectOrigin[];

export function createTripSelectEvent(detail: TripSelectDetail): CustomEvent<TripSelectDetail> {
  return new CustomEvent(TRIP_SELECT_EVENT, { detail, bubbles: true });
}

/** Guards against a malformed event from another script rather than trusting its shape. */
export function readTripSelectDetail(event: Event): TripSelectDetail | null {
  if (event.type !== TRIP_SELECT_EVENT || !(event instanceof CustomEvent)) return null;
  const detail: unknown = event.detail;
  if (typeof detail !== 'object' || detail === null) return null;
  const { slug, origin } = detail as Record<string, unknown>;
  if (!(slug === null || typeof slug === 'string') || typeof origin !== 'string' || !ORIGINS.includes(origin)) {
    return null;
  }
  return { slug, origin: origin as TripSelectOrigin };
}
