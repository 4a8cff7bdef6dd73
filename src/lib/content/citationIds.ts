/**
 * The <Cite id="…" /> and <Correction id="…" /> tags of an article, in reading order, as the
 * MDX syntax tree has them (mdxArticle.ts): the article page numbers its notes from them.
 */
import { readMdxArticle } from './mdxArticle.ts';

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
