/**
 * Finds the <Cite id="…" /> tags in an article body, in reading order. The article
 * page numbers its notes from this list, and the validator checks every id exists.
 */
export interface CitationOccurrence {
  id: string;
  /** 1-based line within the text that was searched. */
  line: number;
}

const CITE_TAG = /<Cite\s+[^>]*?\bid=["']([^"']+)["'][^>]*?\/?>/g;

export function findCitationIds(mdx: string): CitationOccurrence[] {
  const found: CitationOccurrence[] = [];
  for (const match of mdx.matchAll(CITE_TAG)) {
    const id = match[1];
    if (id === undefined) continue;
    const line = mdx.slice(0, match.index).split('\n').length;
    found.push({ id, line });
  }
  return found;
}

/** The distinct ids in order of first appearance: note 1 is the first passage cited. */
export function citationOrder(mdx: string): string[] {
  return [...new Set(findCitationIds(mdx).map((occurrence) => occurrence.id))];
}

const CORRECTION_TAG = /<Correction\s+[^>]*?\bid=["']([^"']+)["'][^>]*?\/?>/g;

/** The ids of the <Correction id="…" /> tags in an article body, in reading order. */
export function correctionOrder(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(CORRECTION_TAG)].map((match) => match[1]!))];
}

/** Citation ids in reading order, with each correction's own citations where the correction stands. */
export function citationOrderWithCorrections(
  mdx: string,
  correctionCitations: ReadonlyMap<string, readonly string[]>,
): string[] {
  const tags = /<(Cite|Correction)\s+[^>]*?\bid=["']([^"']+)["'][^>]*?\/?>/g;
  const ids: string[] = [];
  for (const match of mdx.matchAll(tags)) {
    const id = match[2]!;
    if (match[1] === 'Cite') ids.push(id);
    else ids.push(...(correctionCitations.get(id) ?? []));
  }
  return [...new Set(ids)];
}
