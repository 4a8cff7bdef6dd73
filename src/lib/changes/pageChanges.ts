/**
 * Dated corrections and updates to the site's pages: the list at the foot of a page, the
 * site-wide list on /corrections/, the feed items and the JSON-LD all come from here, so
 * they cannot disagree about what changed, when, or in which order.
 */
import { formatPartialDate, type DayDate } from '../dates/partialDate.ts';

export type ChangeKind = 'correction' | 'update';

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  correction: 'Correction',
  update: 'Update',
};

/** A change as an editor writes it in an article's or a trip's `changes`. */
export interface ChangeInput {
  /** The day, as its schema read it. */
  date: DayDate;
  kind: ChangeKind;
  what: string;
  why: string;
  /** The id of the correction to a source document behind the change, if any. */
  concerns?: string | undefined;
}

/** A change ready to show: its dates in both forms and its anchor on the page. */
export interface PageChange extends ChangeInput {
  iso: string;
  dateLabel: string;
  kindLabel: string;
  /** The change's id on its page: stable while no earlier change of the same day is added. */
  anchor: string;
}

/** The heading's id at the foot of every page that lists changes. */
export const CHANGES_HEADING_ID = 'corrections-and-updates';

/**
 * Newest first, as readers expect of a record of changes. Changes of one day keep the
 * order the editor wrote them in, and each gets an anchor numbered in that order.
 */
export function pageChanges(changes: readonly ChangeInput[]): PageChange[] {
  const perDay = new Map<string, number>();
  const withAnchors = changes.map((change, written) => {
    const iso = change.date.iso;
    const count = (perDay.get(iso) ?? 0) + 1;
    perDay.set(iso, count);
    return {
      written,
      change: {
        ...change,
        iso,
        dateLabel: formatPartialDate(change.date),
        kindLabel: CHANGE_KIND_LABELS[change.kind],
        anchor: count === 1 ? `change-${iso}` : `change-${iso}-${count}`,
      },
    };
  });
  return withAnchors
    .sort((a, b) => b.change.iso.localeCompare(a.change.iso) || a.written - b.written)
    .map(({ change }) => change);
}

/** The day the page last changed: the latest of its publication, its update and its changes. */
export function lastModified(
  changes: readonly ChangeInput[],
  published: DayDate,
  updated?: DayDate | undefined,
): DayDate {
  // Days written YYYY-MM-DD sort as text in the order they fall.
  return [...changes.map((change) => change.date), ...(updated === undefined ? [] : [updated])].reduce(
    (latest, date) => (date.iso > latest.iso ? date : latest),
    published,
  );
}

/** A change with the page it belongs to, for the site-wide list and the feed. */
export interface SiteChange extends PageChange {
  pageTitle: string;
  pagePath: string;
  /** The change's own address: the page, at the change. */
  href: string;
  /** Its id in the list on /corrections/, where it has one of its own. */
  listAnchor?: string | undefined;
}

/** Every page's changes in one list, newest first; pages in the order given within a day. */
export function siteChanges(
  pages: ReadonlyArray<{ title: string; path: string; changes: readonly ChangeInput[] }>,
): SiteChange[] {
  const all = pages.flatMap((page, pageIndex) =>
    pageChanges(page.changes).map((change, index) => ({
      order: [pageIndex, index] as const,
      change: {
        ...change,
        pageTitle: page.title,
        pagePath: page.path,
        href: `${page.path}#${change.anchor}`,
      },
    })),
  );
  return all
    .sort((a, b) => b.change.iso.localeCompare(a.change.iso) || a.order[0] - b.order[0] || a.order[1] - b.order[1])
    .map(({ change }) => change);
}

/** One line for a change where only text will do (JSON-LD, the feed): what, then why. */
export function changeText(change: Pick<ChangeInput, 'what' | 'why'>): string {
  return `${change.what} Why: ${change.why}`;
}
