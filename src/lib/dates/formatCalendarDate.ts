/**
 * Article dates, as the editor wrote them ("2023-09-12"). They are shown from their own
 * digits, never through a Date, so no timezone of the build machine can move them a day.
 */
import { formatPartialDate, parsePartialDate } from './partialDate.ts';

/** "12 September 2023". */
export function formatCalendarDate(date: string): string {
  const parsed = parsePartialDate(date);
  if (parsed === null) throw new Error(`Not a date the content check accepts: "${date}"`);
  return formatPartialDate(parsed);
}

/** The machine-readable form for <time datetime> and metadata: the date as written. */
export function calendarDateToIso(date: string): string {
  return date;
}

/** The start of the day in UTC, for formats that need a moment (RSS's pubDate). */
export function calendarDateToInstant(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
