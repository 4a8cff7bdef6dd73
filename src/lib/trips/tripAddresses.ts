/** Where a trip lives: its own page, and its entry in the timeline on the trips page. */

export const TRIP_ANCHOR_PREFIX = 'trip-';

/** The page with the full timeline and the map it drives. */
export const TRIPS_INDEX_PATH = '/trips/';

/** The id of a trip's entry in the timeline, so /trips/#trip-<slug> lands on it. */
export function tripAnchorId(slug: string): string {
  return `${TRIP_ANCHOR_PREFIX}${slug}`;
}

export function tripPagePath(slug: string): string {
  return `/trips/${slug}/`;
}

export function tripTimelinePath(slug: string): string {
  return `${TRIPS_INDEX_PATH}#${tripAnchorId(slug)}`;
}

/**
 * The id of a place in a trip page's itinerary, so /trips/<slug>/#at-<place> lands on it.
 * A place passed twice (out and back) gets "-2" for its second visit.
 */
export function itineraryAnchorId(placeId: string, visit = 1): string {
  return visit === 1 ? `at-${placeId}` : `at-${placeId}-${visit}`;
}

/** The address of a trip's day-by-day story (content/stories/). */
export function tripStoryPath(slug: string): string {
  return `/trips/${slug}/day-by-day/`;
}
