/**
 * For every passage, the article sections, key facts and trips that cite it, directly or
 * through a correction: the links under each passage on the sources pages.
 */
import { getCollection, render } from 'astro:content';
import { correctionAnchor } from '../citations/citationRegistry.ts';
import { tripPagePath } from '../trips/tripAddresses.ts';
import { addBackLink, type BackLink } from './backLinks.ts';
import { correctionOrder } from './citationIds.ts';
import { citingSections } from './citingSections.ts';
import { loadPublishedArticles } from './loadArticles.ts';
import { loadTextNotes } from './loadTextNotes.ts';

export interface PassageBackLinks {
  sections: Map<string, BackLink[]>;
  trips: Map<string, BackLink[]>;
}

export async function loadPassageBackLinks(): Promise<PassageBackLinks> {
  const corrections = await getCollection('corrections');
  const correctionPassages = new Map(
    corrections.map((correction) => [correction.id, [correction.data.corrects, ...correction.data.citations]]),
  );
  const sections = new Map<string, BackLink[]>();
  for (const article of await loadPublishedArticles()) {
    const { headings } = await render(article);
    const notes = await loadTextNotes('articles', article.id);
    for (const [passageId, citing] of citingSections(notes, headings)) {
      for (const section of citing) {
        addBackLink(sections, passageId, {
          href: `/articles/${article.id}/${section.slug ? `#${section.slug}` : ''}`,
          label: section.text ? `${article.data.title}: ${section.text}` : article.data.title,
        });
      }
    }
    for (const correctionId of correctionOrder(notes)) {
      for (const passageId of correctionPassages.get(correctionId) ?? []) {
        addBackLink(sections, passageId, {
          href: `/articles/${article.id}/#${correctionAnchor(correctionId)}`,
          label: `${article.data.title}: correction`,
        });
      }
    }
  }
  for (const fact of await getCollection('facts')) {
    const passageIds = [
      ...fact.data.citations,
      ...fact.data.corrections.flatMap((correction) => correctionPassages.get(correction) ?? []),
    ];
    for (const passageId of passageIds) {
      addBackLink(sections, passageId, { href: '/#key-facts-title', label: `Key facts: ${fact.data.label}` });
    }
  }
  const trips = new Map<string, BackLink[]>();
  const tripEntries = (await getCollection('trips')).sort((a, b) => a.data.slug.localeCompare(b.data.slug));
  for (const trip of tripEntries) {
    const passageIds = [
      ...trip.data.citations,
      ...trip.data.corrections.flatMap((correction) => correctionPassages.get(correction) ?? []),
    ];
    for (const passageId of passageIds) {
      addBackLink(trips, passageId, { href: tripPagePath(trip.data.slug), label: trip.data.title });
    }
  }
  return { sections, trips };
}
