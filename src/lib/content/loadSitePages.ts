/**
 * The site's own pages written in content/pages/ (home, about): the entry, ready to render
 * with its citations numbered in reading order, as an article's are.
 */
import { getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { createCitationRegistry, type CitationRegistry } from '../citations/citationRegistry.ts';
import { citationOrderWithCorrections } from './citationIds.ts';
import { loadTextNotes } from './loadTextNotes.ts';

/** The address of a page of content/pages/: `home` is the site's front page. */
export function sitePagePath(id: string): string {
  return id === 'home' ? '/' : `/${id}/`;
}

export interface SitePage {
  entry: CollectionEntry<'pages'>;
  /** Numbers the page's <Cite> notes: set it as Astro.locals.citations before rendering. */
  citations: CitationRegistry;
  /** The passages cited, in note order, for the notes at the foot of the page. */
  passages: CollectionEntry<'passages'>[];
}

export async function loadSitePage(id: string): Promise<SitePage> {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/pages/${id}.mdx is missing: the site's ${id} page is written there.`);
  const citations = createCitationRegistry(citationOrderWithCorrections(await loadTextNotes('pages', id), new Map()));
  const passages = await getEntries(
    citations.ids.map((passageId) => ({ collection: 'passages' as const, id: passageId })),
  );
  return { entry, citations, passages };
}
