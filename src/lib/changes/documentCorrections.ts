/**
 * Corrections to the source documents (content/corrections/) in the site's list of changes:
 * a correction file alone reaches /corrections/, the home page's latest changes and the feed,
 * dated by its own `date`.
 *
 * One correction, one entry. A page's hand-written change that `concerns` the correction
 * already says it, in the page's words and at an anchor on that page that readers and feed
 * readers may hold, so that change is kept and the correction's own entry is left out.
 * The correction's entry appears only while no listed change concerns it.
 */
import { formatPartialDate, type DayDate } from '../dates/partialDate.ts';
import { correctionAnchor } from '../citations/citationRegistry.ts';
import { SOURCES_PATH } from '../citations/sourcePages.ts';
import type { SiteChange } from './pageChanges.ts';

/** As the correction's box on a page is labelled: it corrects a document, not one of the site's pages. */
export const DOCUMENT_CORRECTION_LABEL = 'Correction to a source document';

/** A correction as its file gives it, with the title of the document it corrects. */
export interface DocumentCorrection {
  /** Its file name without .yaml. */
  id: string;
  /** The day it was published. */
  date: DayDate;
  title: string;
  /** What the record shows. */
  record: string;
  documentTitle: string;
}

/**
 * The correction's entry: under the document's title, what was wrong (its title) and what the
 * record shows, pointing where it is always shown, beside the document's passage on /sources/.
 */
export function documentCorrectionChange(correction: DocumentCorrection): SiteChange {
  const anchor = correctionAnchor(correction.id);
  return {
    date: correction.date,
    kind: 'correction',
    what: correction.title,
    why: correction.record,
    concerns: correction.id,
    iso: correction.date.iso,
    dateLabel: formatPartialDate(correction.date),
    kindLabel: DOCUMENT_CORRECTION_LABEL,
    anchor,
    pageTitle: correction.documentTitle,
    pagePath: SOURCES_PATH,
    href: `${SOURCES_PATH}#${anchor}`,
    listAnchor: anchor,
  };
}

/**
 * The pages' changes (newest first, as siteChanges gives them) with each correction that
 * none of them concerns, newest first; on one day the pages' changes come first, then the
 * corrections by title.
 */
export function withDocumentCorrections(
  changes: readonly SiteChange[],
  corrections: readonly DocumentCorrection[],
): SiteChange[] {
  const described = new Set(changes.map((change) => change.concerns));
  const own = corrections
    .filter((correction) => !described.has(correction.id))
    .sort((a, b) => a.title.localeCompare(b.title))
    .map(documentCorrectionChange);
  return [...changes, ...own]
    .map((change, order) => ({ change, order }))
    .sort((a, b) => b.change.iso.localeCompare(a.change.iso) || a.order - b.order)
    .map(({ change }) => change);
}
