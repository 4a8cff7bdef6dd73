/**
 * Which section of an article cites which passage, for the back-links on the sources
 * page. The syntax tree of the article (mdxArticle.ts) says under which heading each
 * citation sits; headings are matched to the ids the page gives them by their order: the
 * n-th heading of the tree is the n-th heading the renderer reports.
 */
import type { MdxNote } from './mdxArticle.ts';

export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface CitingSection {
  /** The id of the heading the citation sits under; undefined before the first heading. */
  slug: string | undefined;
  text: string | undefined;
}

/** Passage id → the sections citing it, each listed once, in reading order. */
export function citingSections(
  notes: readonly MdxNote[],
  headings: readonly RenderedHeading[],
): Map<string, CitingSection[]> {
  const result = new Map<string, CitingSection[]>();
  for (const citation of notes.filter((note) => note.tag === 'Cite')) {
    const heading = citation.heading >= 0 ? headings[citation.heading] : undefined;
    const sections = result.get(citation.id) ?? [];
    if (!sections.some((section) => section.slug === heading?.slug)) {
      sections.push({ slug: heading?.slug, text: heading?.text });
    }
    result.set(citation.id, sections);
  }
  return result;
}
