/**
 * A trip's dates for display: each end at the precision the source gives, with the
 * machine-readable form for <time datetime>.
 */
import { formatPartialDate, type DatePrecision, type PartialDate } from '../dates/partialDate.ts';

export interface DisplayDate {
  /** "2019-04": for <time datetime>. */
  iso: string;
  /** "April 2019": for readers. */
  label: string;
}

export interface TripDates {
  start: DisplayDate;
  /** Left out when the source gives no end, or the end says no more than the start. */
  end?: DisplayDate;
  /** The whole span in words: "2018" or "10 September 2023 to 17 September 2023". */
  label: string;
  /**
   * What the dates leave open, said beside them so a month-only entry is not read as a
   * lapse: "day not reported". Absent when both ends are dated to the day.
   */
  uncertainty?: string;
}

const UNCERTAINTY: Record<Exclude<DatePrecision, 'day'>, string> = {
  year: 'month not reported',
  month: 'day not reported',
};

/** The coarsest precision of the two ends decides: a span is only as exact as its vaguer end. */
function uncertaintyOf(start: PartialDate, end: PartialDate | undefined): string | undefined {
  const precisions = [start.precision, end?.precision];
  if (precisions.includes('year')) return UNCERTAINTY.year;
  if (precisions.includes('month')) return UNCERTAINTY.month;
  return undefined;
}

function displayDate(date: PartialDate): DisplayDate {
  return { iso: date.iso, label: formatPartialDate(date) };
}

export function tripDates(start: PartialDate, end?: PartialDate): TripDates {
  const startDate = displayDate(start);
  const endDate = end === undefined ? undefined : displayDate(end);
  const uncertainty = uncertaintyOf(start, end);
  const dates: TripDates =
    endDate === undefined || endDate.iso === startDate.iso
      ? { start: startDate, label: startDate.label }
      : { start: startDate, end: endDate, label: `${startDate.label} to ${endDate.label}` };
  if (uncertainty !== undefined) dates.uncertainty = uncertainty;
  return dates;
}
