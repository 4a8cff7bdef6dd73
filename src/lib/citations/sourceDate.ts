/**
 * A source's date, as an editor writes it: a partial date ("1956", "2019-04", "2023-09-12"),
 * or "unknown" for a document that carries no date and that nothing else dates (a memoir
 * read long after it was written). An unknown date is said in words; no day, year or
 * machine-readable date is made up for it.
 */
import { comparePartialDates, formatPartialDate, parsePartialDate, partialDateToIso } from '../dates/partialDate.ts';

/** What an editor writes for a source whose date is not known. */
export const UNKNOWN_SOURCE_DATE = 'unknown';

/** How the site says it wherever a source's date would show. */
export const UNKNOWN_SOURCE_DATE_LABEL = 'date not known';

export function isSourceDateKnown(date: string): boolean {
  return date !== UNKNOWN_SOURCE_DATE;
}

/** The date for readers, and for <time datetime> when there is one to give. */
export function sourceDateShown(date: string): { iso: string | undefined; label: string } {
  const parsed = isSourceDateKnown(date) ? parsePartialDate(date) : null;
  if (parsed === null) return { iso: undefined, label: UNKNOWN_SOURCE_DATE_LABEL };
  return { iso: partialDateToIso(parsed), label: formatPartialDate(parsed) };
}

/** Oldest first, a year before the days it holds; sources whose date is not known come last. */
export function compareSourceDates(a: string, b: string): number {
  const first = isSourceDateKnown(a) ? parsePartialDate(a) : null;
  const second = isSourceDateKnown(b) ? parsePartialDate(b) : null;
  if (first === null || second === null) return Number(first === null) - Number(second === null);
  return comparePartialDates(first, second);
}
