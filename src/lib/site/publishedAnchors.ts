/**
 * Which ids of a page are addresses readers link to, and so go into the ledger: section
 * headings, and the ids of things the site itself offers to link to (a passage, a source,
 * a day of a story, a trip in the timeline, a stop, a place, a correction). Ids that only
 * name something for assistive technology (`source-x-title` beside `source-x`, a stop's
 * `-name`) and the numbered notes, which move as citations are added, are not.
 */

/** Families of ids that stand for a thing of the content, whatever element carries them. */
export const PUBLISHED_ANCHOR_PREFIXES = [
  'passage-',
  'source-',
  'day-',
  'trip-',
  'at-',
  'stop-',
  'place-',
  'correction-',
] as const;

/** Suffixes of ids that title another published id (a section's heading, named by aria-labelledby). */
const HELPER_SUFFIXES = ['-title', '-heading'];

/** Suffixes of ids that only name something for assistive technology: never a link's target. */
const LABEL_SUFFIXES = ['-label', '-caption', '-name'];

export interface PageId {
  id: string;
  /** The element is a heading, h1 to h6. */
  heading: boolean;
}

export function publishedAnchors(ids: readonly PageId[]): string[] {
  const candidates = new Set(
    ids
      .filter(
        ({ id, heading }) =>
          heading ||
          (PUBLISHED_ANCHOR_PREFIXES.some((prefix) => id.startsWith(prefix)) &&
            !LABEL_SUFFIXES.some((suffix) => id.endsWith(suffix))),
      )
      .map(({ id }) => id),
  );
  const isHelper = (id: string) =>
    HELPER_SUFFIXES.some((suffix) => id.endsWith(suffix) && candidates.has(id.slice(0, -suffix.length)));
  return [...candidates].filter((id) => !isHelper(id)).sort();
}
