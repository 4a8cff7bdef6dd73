/**
 * Dates as the sources give them. A source may say only "2018", or "April 2019",
 * or "10 September 2023"; the site keeps that precision instead of inventing a day.
 *
 * Editors write a partial date as an ISO prefix: "2018", "2019-04" or "2023-09-10". The
 * content schemas read each date once, into a PartialDate, and the rest of the site works
 * from that value. It is plain data, so it survives Astro's data store unchanged.
 */

export type DatePrecision = 'year' | 'month' | 'day';

interface DateParts {
  /** The date at its own precision, as written: "2019-04". For <time datetime> and messages. */
  iso: string;
  year: number;
}

export interface YearDate extends DateParts {
  precision: 'year';
  month?: undefined;
  day?: undefined;
}

export interface MonthDate extends DateParts {
  precision: 'month';
  month: number;
  day?: undefined;
}

/** A date to the day: what articles, pages and changes are dated by. */
export interface DayDate extends DateParts {
  precision: 'day';
  month: number;
  day: number;
}

export type PartialDate = YearDate | MonthDate | DayDate;

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

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Returns the parsed date, or null when the text is not a real date at any precision. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (year < 1900 || year > 2100) return null;
  if (monthText === undefined) return { iso: pad(year, 4), year, precision: 'year' };
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  if (dayText === undefined) return { iso: `${pad(year, 4)}-${pad(month, 2)}`, year, month, precision: 'month' };
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, year, month, day, precision: 'day' };
}

/** The day a moment falls on, in UTC: the day of a build, or today for the content checks. */
export function dayDateOf(moment: Date): DayDate {
  const [year, month, day] = [moment.getUTCFullYear(), moment.getUTCMonth() + 1, moment.getUTCDate()];
  return { iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, year, month, day, precision: 'day' };
}

/**
 * Whether a value is a parsed date. A schema's checks on a whole entry still run when one of
 * its date fields could not be read (so the editor hears of every problem at once); they
 * use this to leave that field to its own message.
 */
export function isPartialDate(value: unknown): value is PartialDate {
  if (value === null || typeof value !== 'object') return false;
  const { iso, year, precision } = value as Record<string, unknown>;
  return typeof iso === 'string' && typeof year === 'number' && ['year', 'month', 'day'].includes(String(precision));
}

/** The first moment the partial date may refer to, in UTC. */
export function earliestInstant(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The last day the partial date may refer to, in UTC (start of that day). */
export function latestInstant(date: PartialDate): number {
  if (date.precision === 'year') return Date.UTC(date.year, 11, 31);
  if (date.precision === 'month') return Date.UTC(date.year, date.month - 1, daysInMonth(date.year, date.month));
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
  const monthName = MONTH_NAMES[date.month - 1];
  if (date.precision === 'month') return `${monthName} ${date.year}`;
  return `${date.day} ${monthName} ${date.year}`;
}
