/**
 * Where each source's passages are shown. The two seed documents sit on /sources/; the
 * public reports, too many for one page, sit on a page per decade of publication
 * (/sources/2010s/), and those whose date is not known on a page of their own
 * (/sources/date-not-known/). A report's date never changes, so a link to its passage holds;
 * only a report whose date is found later moves, from that page to its decade's.
 */
import { passageAnchor } from './citationRegistry.ts';
import type { PartialDate } from '../dates/partialDate.ts';
import { isSourceDateKnown, type SourceDate } from './sourceDate.ts';

export interface SourcePlacement {
  /** Set for a seed document kept whole in content/sources/originals/. */
  file?: string | undefined;
  /** The publication date, or "unknown". */
  date: SourceDate;
}

export const SOURCES_PATH = '/sources/';

/** The group, and the page, of the public reports whose date is not known. */
export const UNDATED_REPORTS = 'date-not-known';

/** The decade a date falls in, as the page names it: "2010s". */
export function decadeOf(date: PartialDate): string {
  return `${Math.floor(date.year / 10)}0s`;
}

/** The group a report is listed in: the decade of its date, or the reports whose date is not known. */
export function reportGroupOf(date: SourceDate): string {
  return isSourceDateKnown(date) ? decadeOf(date) : UNDATED_REPORTS;
}

/** Newest decade first; the reports whose date is not known after every decade. */
export function compareReportGroups(a: string, b: string): number {
  if (a === UNDATED_REPORTS || b === UNDATED_REPORTS)
    return Number(a === UNDATED_REPORTS) - Number(b === UNDATED_REPORTS);
  return b.localeCompare(a);
}

/** What a group's reports have in common, as the pages say it: "published in the 2010s". */
export function reportGroupPhrase(group: string): string {
  return group === UNDATED_REPORTS ? 'whose date is not known' : `published in the ${group}`;
}

/** The heading of a group's page and its entry in the list on /sources/. */
export function reportGroupHeading(group: string): string {
  return `Reports ${reportGroupPhrase(group)}`;
}

/** The title of a group's page, in the browser's tab and on its social card. */
export function reportGroupTitle(group: string): string {
  return group === UNDATED_REPORTS
    ? `Sources: reports ${reportGroupPhrase(group)}`
    : `Sources: reports of the ${group}`;
}

export function reportsPagePath(group: string): string {
  return `${SOURCES_PATH}${group}/`;
}

/** The page that shows a source's passages. */
export function sourcePagePath(source: SourcePlacement): string {
  return source.file !== undefined ? SOURCES_PATH : reportsPagePath(reportGroupOf(source.date));
}

/** The address of a passage, on whichever page shows its source. */
export function passageHref(passageId: string, source: SourcePlacement): string {
  return `${sourcePagePath(source)}#${passageAnchor(passageId)}`;
}
