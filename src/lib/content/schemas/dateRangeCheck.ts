/**
 * The check that dates run forwards, for anything with a start and an optional end (a trip,
 * a stage of a story) and for a page's publication and update. Dates are partial (2019,
 * 2019-04, 2019-04-25): a range is refused only when both dates were read and the end is
 * before the start.
 */
import { isOrderedRange, isPartialDate, type PartialDate } from '../../dates/partialDate.ts';

/**
 * True unless `end` falls before `start`. A date its field could not read is left to that
 * field's own message: the entry's checks still run without it (see readDate.ts).
 */
export function datesInOrder(start: PartialDate, end: PartialDate | undefined): boolean {
  if (end === undefined || !isPartialDate(start) || !isPartialDate(end)) return true;
  return isOrderedRange(start, end);
}

/** The arguments of .refine() for a range: `what` names it in the message, "the trip". */
export function endNotBeforeStart(what: string) {
  const check = (range: { start: PartialDate; end?: PartialDate | undefined }): boolean =>
    datesInOrder(range.start, range.end);
  const problem = {
    error: `end is before start: ${what} cannot end before it begins. Check both dates.`,
    path: ['end'],
  };
  return [check, problem] as const;
}
