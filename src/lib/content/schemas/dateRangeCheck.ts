/**
 * The check that a date range runs forwards, for anything with a start and an optional end
 * (a trip, a stage of a story). Dates are partial (2019, 2019-04, 2019-04-25): a range is
 * refused only when both dates parse and the end is before the start.
 */
import { isOrderedRange, parsePartialDate } from '../../dates/partialDate.ts';

interface DateRange {
  start: string;
  end?: string | undefined;
}

/** The arguments of .refine() for a range: `what` names it in the message, "the trip". */
export function endNotBeforeStart(what: string) {
  const check = (range: DateRange): boolean => {
    if (range.end === undefined) return true;
    const start = parsePartialDate(range.start);
    const end = parsePartialDate(range.end);
    return start === null || end === null || isOrderedRange(start, end);
  };
  const problem = {
    error: `end is before start: ${what} cannot end before it begins. Check both dates.`,
    path: ['end'],
  };
  return [check, problem] as const;
}
