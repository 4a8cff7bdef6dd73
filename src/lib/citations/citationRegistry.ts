/**
 * Numbers an article's citations in reading order: the first passage cited is note 1,
 * and citing the same passage again reuses its number, as a printed footnote would.
 *
 * The order is read once, from the text the content check read (the textNotes collection)
 * or from the page's own list of notes; a <Cite> the page renders that is not in it means
 * the two readings disagree, and the page stops rather than number a note out of order.
 */
export interface CitationRegistry {
  /** The note number for a passage id; throws when the id is not among the page's notes. */
  numberOf(passageId: string): number;
  /**
   * A page-unique id for the next reference to a passage: a passage cited twice is
   * one note, but each reference in the text needs its own element id.
   */
  referenceId(passageId: string): string;
  /** Passage ids in note order. */
  readonly ids: readonly string[];
}

export function createCitationRegistry(orderedIds: readonly string[]): CitationRegistry {
  const ids = [...orderedIds];
  const referencesSoFar = new Map<string, number>();
  return {
    numberOf(passageId) {
      const index = ids.indexOf(passageId);
      if (index === -1) {
        throw new Error(
          `<Cite id="${passageId}" /> is rendered on a page whose notes, as read from its text, do not include it.`,
        );
      }
      return index + 1;
    },
    referenceId(passageId) {
      const occurrence = (referencesSoFar.get(passageId) ?? 0) + 1;
      referencesSoFar.set(passageId, occurrence);
      const base = `ref-${passageId}-${this.numberOf(passageId)}`;
      return occurrence === 1 ? base : `${base}-${occurrence}`;
    },
    get ids() {
      return ids;
    },
  };
}

/** The anchor of a note at the foot of an article. */
export function noteAnchor(passageId: string): string {
  return `note-${passageId}`;
}

/** The anchor of a passage on the sources page: stable as long as the passage id is. */
export function passageAnchor(passageId: string): string {
  return `passage-${passageId}`;
}

/** The anchor of a correction, on the page that shows it and in the list of corrections. */
export function correctionAnchor(correctionId: string): string {
  return `correction-${correctionId}`;
}
