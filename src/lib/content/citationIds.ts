/**
 * The <Cite id="…" /> tags of an article, in reading order, as the MDX syntax tree has them
 * (mdxArticle.ts): the article page numbers its notes from this list, and the validator
 * checks every id exists.
 */
import { readMdxArticle } from './mdxArticle.ts';

export interface CitationOccurrence {
  id: string;
  /** 1-based line within the text that was read. */
  line: number;
}

export function findCitationIds(mdx: string): CitationOccurrence[] {
  return readMdxArticle(mdx).citations.map(({ id, line }) => ({ id, line }));
}

/** The distinct ids in order of first appearance: note 1 is the first passage cited. */
export function citationOrder(mdx: string): string[] {
  return [...new Set(findCitationIds(mdx).map((occurrence) => occurrence.id))];
}

/** The ids of the <Correction id="…" /> tags in an article body, in reading order. */
export function correctionOrder(mdx: string): string[] {
  return [...new Set(readMdxArticle(mdx).corrections.map((correction) => correction.id))];
}

/** Citation ids in reading order, with each correction's own citations where the correction stands. */
export function citationOrderWithCorrections(
  mdx: string,
  correctionCitations: ReadonlyMap<string, readonly string[]>,
): string[] {
  const ids: string[] = [];
  for (const tag of readMdxArticle(mdx).tags) {
    const id = tag.attributes.find((attribute) => attribute.name === 'id')?.value;
    if (id === undefined) continue;
    if (tag.name === 'Cite') ids.push(id);
    else if (tag.name === 'Correction') ids.push(...(correctionCitations.get(id) ?? []));
  }
  return [...new Set(ids)];
}
