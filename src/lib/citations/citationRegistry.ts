/**
 * Numbers an article's citations in reading order: the first passage cited is note 1,
 * and citing the same passage again reuses its number, as a printed footnote would.
 */
export interface CitationRegistry {
  /** The note number for a passage id; registers the id if the body scan missed it. */
  numberOf(passageId: string): number;
  /**
   * The id of one reference in the text. A passage cited three times has three
   * references, and ids must be unique in a page: `ref-<id>`, `ref-<id>-2`, `ref-<id>-3`.
   */
  referenceAnchor(passageId: string): string;
  /** Passage ids in note order. */
  readonly ids: readonly string[];
}

export function createCitationRegistry(orderedIds: readonly string[]): CitationRegistry {
  const ids = [...orderedIds];
  const referencesSoFar = new Map<string, number>();
  return {
    referenceAnchor(passageId) {
      const occurrence = (referencesSoFar.get(passageId) ?? 0) + 1;
      referencesSoFar.set(passageId, occurrence);
      return occurrence === 1 ? `ref-${passageId}` : `ref-${passageId}-${occurrence}`;
    },
    numberOf(passageId) {
      let index = ids.indexOf(passageId);
      if (index === -1) index = ids.push(passageId) - 1;
      return index + 1;
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
