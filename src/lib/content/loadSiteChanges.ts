/**
 * Every page's corrections and updates, for /corrections/, the home page and the feed: the
 * published articles, the trips and the site's own pages (home, about), each with its title
 * and address; and each correction to a source document (content/corrections/) that none of
 * those changes already says (src/lib/changes/documentCorrections.ts).
 */
import { getCollection } from 'astro:content';
import { siteChanges, type SiteChange } from '../changes/pageChanges.ts';
import { withDocumentCorrections, type DocumentCorrection } from '../changes/documentCorrections.ts';
import { tripPagePath } from '../trips/tripAddresses.ts';
import { loadPublishedArticles } from './loadArticles.ts';
import { sitePagePath } from './loadSitePages.ts';

export async function loadSiteChanges(): Promise<SiteChange[]> {
  const articles = (await loadPublishedArticles()).map((article) => ({
    title: article.data.title,
    path: `/articles/${article.id}/`,
    changes: article.data.changes,
  }));
  const trips = (await getCollection('trips'))
    .sort((a, b) => a.data.slug.localeCompare(b.data.slug))
    .map((trip) => ({ title: trip.data.title, path: tripPagePath(trip.data.slug), changes: trip.data.changes }));
  const pages = (await getCollection('pages')).map((page) => ({
    title: page.data.title,
    path: sitePagePath(page.id),
    changes: page.data.changes,
  }));
  return withDocumentCorrections(siteChanges([...pages, ...articles, ...trips]), await loadDocumentCorrections());
}

async function loadDocumentCorrections(): Promise<DocumentCorrection[]> {
  const sourceTitles = new Map((await getCollection('sources')).map((source) => [source.id, source.data.title]));
  const passageSources = new Map((await getCollection('passages')).map((passage) => [passage.id, passage.data.source]));
  return (await getCollection('corrections')).map(({ id, data }) => {
    // The validator has made sure the corrected passage is a seed document's.
    const documentTitle = sourceTitles.get(passageSources.get(data.corrects) ?? '');
    if (documentTitle === undefined) throw new Error(`content/corrections/${id}.yaml corrects no passage of a source.`);
    return { id, date: data.date, title: data.title, record: data.record, documentTitle };
  });
}
