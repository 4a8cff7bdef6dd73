/** "12 September 2023": article dates, read in UTC so the build machine's zone never shifts a day. */
const FORMATTER = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatCalendarDate(date: Date): string {
  return FORMATTER.format(date);
}

export function calendarDateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
