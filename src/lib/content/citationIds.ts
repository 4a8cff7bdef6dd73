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
