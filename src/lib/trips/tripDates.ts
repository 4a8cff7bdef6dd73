/**
 * A trip's dates for display: each end at the precision the source gives, with the
 * machine-readable form for <time datetime>.
 */
import { formatPartialDate, parsePartialDate, partialDateToIso } from '../dates/partialDate.ts';

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
}

function displayDate(text: string): DisplayDate {
  const date = parsePartialDate(text);
  if (date === null) throw new Error(`"${text}" is not a date the site can read.`);
  return { iso: partialDateToIso(date), label: formatPartialDate(date) };
}

export function tripDates(start: string, end?: string): TripDates {
  const startDate = displayDate(start);
  const endDate = end === undefined ? undefined : displayDate(end);
  if (endDate === undefined || endDate.iso === startDate.iso) {
    return { start: startDate, label: startDate.label };
  }
  return { start: startDate, end: endDate, label: `${startDate.label} to ${endDate.label}` };
}
