/**
 * Numbers an article's citations in reading order: the first passage cited is note 1,
 * and citing the same passage again reuses its number, as a printed footnote would.
 */
export interface CitationRegistry {
  /** The note number for a passage id; registers the id if the body scan missed it. */
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
      let index = ids.indexOf(passageId);
      if (index === -1) index = ids.push(passageId) - 1;
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
