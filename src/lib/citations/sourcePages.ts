/**
 * Where each source's passages are shown. The two seed documents sit on /sources/; the
 * public reports, too many for one page, sit on a page per decade of publication
 * (/sources/2010s/). A report's date never changes, so a link to its passage holds.
 */
import { passageAnchor } from './citationRegistry.ts';

export interface SourcePlacement {
  /** Set for a seed document kept whole in content/sources/originals/. */
  file?: string | undefined;
  /** The publication date, "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: string;
}

export const SOURCES_PATH = '/sources/';

/** The decade a date falls in, as the page names it: "2010s". */
export function decadeOf(date: string): string {
  return `${date.slice(0, 3)}0s`;
}

export function reportsPagePath(decade: string): string {
  return `${SOURCES_PATH}${decade}/`;
}

/** The page that shows a source's passages. */
export function sourcePagePath(source: SourcePlacement): string {
  return source.file !== undefined ? SOURCES_PATH : reportsPagePath(decadeOf(source.date));
}

/** The address of a passage, on whichever page shows its source. */
export function passageHref(passageId: string, source: SourcePlacement): string {
  return `${sourcePagePath(source)}#${passageAnchor(passageId)}`;
}
