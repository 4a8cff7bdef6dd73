/**
 * What to tell an editor about a date the site cannot read: the way it is written, and
 * the ISO form to write instead when it can be worked out without guessing. A date
 * written with slashes has two readings (1 December or 12 January), so the editor is
 * asked to choose rather than being given one.
 */
import { PARTIAL_DATE_HINT, daysInMonth } from './partialDate.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const pad = (value: number) => String(value).padStart(2, '0');

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
}

function isoDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthName(month: number): string {
  const name = MONTHS[month - 1]!;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The sentence that tells the editor how to write this date. */
export function dateAdvice(text: string): string {
  const trimmed = text.trim();
  const write = (iso: string) => `Write "${iso}", in quotes: dates are written year-month-day.`;

  const numeric = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(trimmed);
  if (numeric) {
    const year = Number(numeric[1]);
    const month = Number(numeric[2]);
    if (month < 1 || month > 12) return `${month} is not a month (1 to 12). ${PARTIAL_DATE_HINT}`;
    if (numeric[3] === undefined) return write(`${year}-${pad(month)}`);
    const day = Number(numeric[3]);
    const iso = isoDay(year, month, day);
    if (iso === undefined) {
      return `${monthName(month)} ${year} has ${daysInMonth(year, month)} days, so day ${day} does not exist: check the source. ${PARTIAL_DATE_HINT}`;
    }
    return iso === trimmed ? PARTIAL_DATE_HINT : `${write(iso)} Month and day take two digits each.`;
  }

  const slashed = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(trimmed);
  if (slashed) {
    const [first, second, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    const readings = [isoDay(year, second, first), isoDay(year, first, second)].filter(
      (reading): reading is string => reading !== undefined,
    );
    const unique = [...new Set(readings)];
    if (unique.length === 1) return write(unique[0]!);
    if (unique.length === 2) {
      return `This can be read two ways: write "${unique[0]}" for ${first} ${monthName(second)} or "${unique[1]}" for ${second} ${monthName(first)}, in quotes.`;
    }
    return `Not a real date. ${PARTIAL_DATE_HINT}`;
  }

  const dayMonthYear = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(trimmed);
  const monthDayYear = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(trimmed);
  const words = dayMonthYear
    ? { day: dayMonthYear[1]!, month: dayMonthYear[2]!, year: dayMonthYear[3]! }
    : monthDayYear
      ? { day: monthDayYear[2]!, month: monthDayYear[1]!, year: monthDayYear[3]! }
      : undefined;
  if (words) {
    const month = monthNumber(words.month);
    const iso = month === undefined ? undefined : isoDay(Number(words.year), month, Number(words.day));
    if (iso !== undefined) return write(iso);
  }

  const monthYear = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(trimmed);
  const month = monthYear ? monthNumber(monthYear[1]!) : undefined;
  if (monthYear && month !== undefined) return write(`${monthYear[2]}-${pad(month)}`);

  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(trimmed)) {
    return `Write the day only, "${trimmed.slice(0, 10)}", in quotes: the site shows dates without a time of day.`;
  }
  return PARTIAL_DATE_HINT;
}

/** The whole message for a date that cannot be read: what is wrong with it, then the fix. */
export function dateProblem(text: string): string {
  const shown = `"${text}"`;
  const calendarShaped = /^\d{4}-\d{2}(?:-\d{2})?$/.test(text.trim());
  const opening = calendarShaped ? `${shown} is not a real date.` : `${shown} is not a date written year-month-day.`;
  return `${opening} ${dateAdvice(text)}`;
}
