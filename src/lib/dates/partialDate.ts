/**
 * Dates as the sources give them. A source may say only "2018", or "April 2019",
 * or "10 September 2023"; the site keeps that precision instead of inventing a day.
 *
 * Editors write a partial date as an ISO prefix: "2018", "2019-04" or "2023-09-10".
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const PARTIAL_DATE_HINT =
  'Write the date as the source gives it: "2018" (year only), "2019-04" (month) or "2023-09-10" (day), in quotes.';

/**
 * Content is read without YAML's implicit dates (see src/lib/content/readYaml.ts), so a date
 * arrives as the text the editor wrote. Only an unquoted year arrives as a number, and a
 * whole number has one reading as a year, so it is taken as one.
 */
export function normalisePartialDateInput(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Returns the parsed date, or null when the text is not a real date at any precision. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (year < 1900 || year > 2100) return null;
  if (monthText === undefined) return { year, precision: 'year' };
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  if (dayText === undefined) return { year, month, precision: 'month' };
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

/** The first moment the partial date may refer to, in UTC. */
export function earliestInstant(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The last day the partial date may refer to, in UTC (start of that day). */
export function latestInstant(date: PartialDate): number {
  if (date.precision === 'year') return Date.UTC(date.year, 11, 31);
  if (date.precision === 'month') return Date.UTC(date.year, date.month! - 1, daysInMonth(date.year, date.month!));
  return earliestInstant(date);
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * Chronological order for dates of mixed precision. A coarser date sorts before the finer
 * dates it contains ("2018" before "2018-03-25"), because a reader scanning a timeline
 * expects the vague entry to introduce the year rather than to trail after it.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = earliestInstant(a) - earliestInstant(b);
  if (byStart !== 0) return byStart;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** True when `end` cannot be earlier than `start`, given what each date leaves open. */
export function isOrderedRange(start: PartialDate, end: PartialDate): boolean {
  return latestInstant(end) >= earliestInstant(start);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2018", "April 2019" or "10 September 2023": no more precise than the source. */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  const monthName = MONTH_NAMES[date.month! - 1];
  if (date.precision === 'month') return `${monthName} ${date.year}`;
  return `${date.day} ${monthName} ${date.year}`;
}

/** The machine-readable form for <time datetime>, at the same precision. */
export function partialDateToIso(date: PartialDate): string {
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}
