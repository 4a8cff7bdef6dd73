/**
 * Every page's corrections and updates, for /corrections/ and the feed: the published
 * articles, the trips and the home page, each with its title and address.
 */
import { getCollection } from 'astro:content';
import { HOME_PAGE_CHANGES } from '../changes/homePageChanges.ts';
import { siteChanges, type ChangeInput, type SiteChange } from '../changes/pageChanges.ts';
import { SITE_NAME } from '../site/siteInfo.ts';
import { tripPagePath } from '../trips/tripAddresses.ts';
import { loadPublishedArticles } from './loadArticles.ts';

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
  return siteChanges([
    { title: `${SITE_NAME}: key facts`, path: '/', changes: HOME_PAGE_CHANGES },
    ...articles,
    ...trips,
  ]);
}
