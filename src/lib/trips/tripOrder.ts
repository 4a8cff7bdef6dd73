/**
 * The order of the timeline: by when each trip began, at whatever precision the sources
 * give, so that "2018" and "25 March 2018" sit where a reader expects them.
 */
import { comparePartialDates, parsePartialDate, type PartialDate } from '../dates/partialDate.ts';

/** The fields ordering needs; collection entries and plain test objects both fit. */
export interface OrderableTrip {
  slug: string;
  title: string;
  start: string;
  end?: string | undefined;
}

function parsedOrThrow(text: string, slug: string): PartialDate {
  const date = parsePartialDate(text);
  if (date === null) throw new Error(`Trip "${slug}" has a date the site cannot read: "${text}".`);
  return date;
}

/** Earlier trips first; a trip with no end sorts as if it ended when it began. */
export function compareTrips(a: OrderableTrip, b: OrderableTrip): number {
  const byStart = comparePartialDates(parsedOrThrow(a.start, a.slug), parsedOrThrow(b.start, b.slug));
  if (byStart !== 0) return byStart;
  const byEnd = comparePartialDates(parsedOrThrow(a.end ?? a.start, a.slug), parsedOrThrow(b.end ?? b.start, b.slug));
  if (byEnd !== 0) return byEnd;
  return a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
}
