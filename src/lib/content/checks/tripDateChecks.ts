/**
 * A trip's stops, and its arrival, lie within the trip's own dates. A stop dated a day before
 * the trip starts is either a slip of the date or a sign that the trip began earlier than its
 * `start` says: the itinerary would list it before the day the leader set out.
 */
import type { ContentProblem } from '../contentProblem.ts';
import { earliestInstant, latestInstant, type PartialDate } from '../../dates/partialDate.ts';

type StopField = string | { place: string; date?: PartialDate | undefined };

/** The dates of a trip that passed its schema, as read there. */
export interface TripDates {
  start: PartialDate;
  end?: PartialDate | undefined;
  arrived?: PartialDate | undefined;
  stops: StopField[];
}

/** Where a date lies against the trip's, given what each date leaves open. */
function placeInTrip(
  date: PartialDate,
  start: PartialDate,
  end: PartialDate | undefined,
): 'before' | 'after' | 'within' {
  if (latestInstant(date) < earliestInstant(start)) return 'before';
  if (end !== undefined && earliestInstant(date) > latestInstant(end)) return 'after';
  return 'within';
}

export function checkTripDates(trip: TripDates, file: string, problems: ContentProblem[]): void {
  const { start, end } = trip;
  const dated: Array<{ field: string; what: string; date: PartialDate }> = trip.stops.flatMap((stop, index) =>
    typeof stop === 'string' || stop.date === undefined
      ? []
      : [{ field: `stops.${index}.date`, what: `The stop at ${stop.place}`, date: stop.date }],
  );
  if (trip.arrived !== undefined) dated.push({ field: 'arrived', what: 'The arrival', date: trip.arrived });
  for (const { field, what, date } of dated) {
    const where = placeInTrip(date, start, end);
    if (where === 'within') continue;
    const bound = where === 'before' ? `start: ${start.iso}` : `end: ${end?.iso}`;
    const widen = where === 'before' ? 'widen start' : 'widen end';
    problems.push({
      file,
      field,
      found: date.iso,
      expected: `A date within the trip. ${what} is dated ${where} the trip ${where === 'before' ? 'starts' : 'ends'} (${bound}): correct the date if it is a slip, or ${widen} to ${date.iso} if a cited report shows the journey ${where === 'before' ? 'began' : 'ended'} then (and say so in dateNote).`,
    });
  }
}
