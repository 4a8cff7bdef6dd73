/** Where a trip lives: its own page, and its entry in the timeline on the home page. */

export const TRIP_ANCHOR_PREFIX = 'trip-';

/** The id of a trip's entry in the timeline, so /#trip-<slug> lands on it. */
export function tripAnchorId(slug: string): string {
  return `${TRIP_ANCHOR_PREFIX}${slug}`;
}

export function tripPagePath(slug: string): string {
  return `/trips/${slug}/`;
}

export function tripTimelinePath(slug: string): string {
  return `/#${tripAnchorId(slug)}`;
}
