/**
 * Which section of an article cites which passage, for the back-links on the sources
 * page. Headings are matched to the ids the page gives them by their order: the n-th
 * heading line of the body is the n-th heading the renderer reports.
 */
import { findCitationIds } from './citationIds.ts';

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

const HEADING_LINE = /^#{1,6}\s+\S/;
const FENCE_LINE = /^\s*(```|~~~)/;

/** Passage id → the sections citing it, each listed once, in reading order. */
export function citingSections(mdxBody: string, headings: readonly RenderedHeading[]): Map<string, CitingSection[]> {
  const result = new Map<string, CitingSection[]>();
  let headingIndex = -1;
  let inFence = false;
  mdxBody.split('\n').forEach((line) => {
    if (FENCE_LINE.test(line)) inFence = !inFence;
    if (inFence) return;
    if (HEADING_LINE.test(line)) {
      headingIndex += 1;
      return;
    }
    const heading = headingIndex >= 0 ? headings[headingIndex] : undefined;
    for (const { id } of findCitationIds(line)) {
      const sections = result.get(id) ?? [];
      if (!sections.some((section) => section.slug === heading?.slug)) {
        sections.push({ slug: heading?.slug, text: heading?.text });
      }
      result.set(id, sections);
    }
  });
  return result;
}
