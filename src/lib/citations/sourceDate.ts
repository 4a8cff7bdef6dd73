/**
 * A source's date, as its schema reads it: a partial date ("1956", "2019-04", "2023-09-12"),
 * or "unknown" for a document that carries no date and that nothing else dates (a memoir
 * read long after it was written). An unknown date is said in words; no day, year or
 * machine-readable date is made up for it.
 */
import { comparePartialDates, formatPartialDate, type PartialDate } from '../dates/partialDate.ts';

/** What an editor writes for a source whose date is not known. */
export const UNKNOWN_SOURCE_DATE = 'unknown';

/** How the site says it wherever a source's date would show. */
export const UNKNOWN_SOURCE_DATE_LABEL = 'date not known';

export type SourceDate = PartialDate | typeof UNKNOWN_SOURCE_DATE;

export function isSourceDateKnown(date: SourceDate): date is PartialDate {
  return date !== UNKNOWN_SOURCE_DATE;
}

/** The date for readers, and for <time datetime> when there is one to give. */
export function sourceDateShown(date: SourceDate): { iso: string | undefined; label: string } {
  if (!isSourceDateKnown(date)) return { iso: undefined, label: UNKNOWN_SOURCE_DATE_LABEL };
  return { iso: date.iso, label: formatPartialDate(date) };
}

/** Oldest first, a year before the days it holds; sources whose date is not known come last. */
export function compareSourceDates(a: SourceDate, b: SourceDate): number {
  if (!isSourceDateKnown(a) || !isSourceDateKnown(b))
    return Number(!isSourceDateKnown(a)) - Number(!isSourceDateKnown(b));
  return comparePartialDates(a, b);
}
