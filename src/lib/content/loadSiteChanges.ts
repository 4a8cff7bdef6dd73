/**
 * Every page's corrections and updates, for /corrections/ and the feed: the published
 * articles, the trips and the site's own pages (home, about), each with its title and address.
 */
import { getCollection } from 'astro:content';
import { siteChanges, type ChangeInput, type SiteChange } from '../changes/pageChanges.ts';
import { tripPagePath } from '../trips/tripAddresses.ts';
import { loadPublishedArticles } from './loadArticles.ts';
import { sitePagePath } from './loadSitePages.ts';

type WithReference = Omit<ChangeInput, 'concerns'> & { concerns?: { id: string } | undefined };

function plain(changes: readonly WithReference[]): ChangeInput[] {
  return changes.map((change) => ({ ...change, concerns: change.concerns?.id }));
}

export async function loadSiteChanges(): Promise<SiteChange[]> {
  const articles = (await loadPublishedArticles()).map((article) => ({
    title: article.data.title,
    path: `/articles/${article.id}/`,
    changes: plain(article.data.changes),
  }));
  const trips = (await getCollection('trips'))
    .sort((a, b) => a.data.slug.localeCompare(b.data.slug))
    .map((trip) => ({ title: trip.data.title, path: tripPagePath(trip.data.slug), changes: plain(trip.data.changes) }));
  const pages = (await getCollection('pages')).map((page) => ({
    title: page.data.title,
    path: sitePagePath(page.id),
    changes: plain(page.data.changes),
  }));
  return siteChanges([...pages, ...articles, ...trips]);
}
