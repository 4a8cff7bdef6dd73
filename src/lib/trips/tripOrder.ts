/**
 * The order of the timeline: by when each trip began, at whatever precision the sources
 * give, so that "2018" and "25 March 2018" sit where a reader expects them.
 */
import { comparePartialDates, type PartialDate } from '../dates/partialDate.ts';

/** The fields ordering needs; collection entries and plain test objects both fit. */
export interface OrderableTrip {
  slug: string;
  title: string;
  start: PartialDate;
  end?: PartialDate | undefined;
}

/** Earlier trips first; a trip with no end sorts as if it ended when it began. */
export function compareTrips(a: OrderableTrip, b: OrderableTrip): number {
  return (
    comparePartialDates(a.start, b.start) ||
    comparePartialDates(a.end ?? a.start, b.end ?? b.start) ||
    a.title.localeCompare(b.title) ||
    a.slug.localeCompare(b.slug)
  );
}
