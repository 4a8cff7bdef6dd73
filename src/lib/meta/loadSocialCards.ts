/**
 * Every social card the build draws, keyed by the page it belongs to. A page added to the
 * site needs an entry here: the end-to-end test of the sitemap fails until it has one.
 */
import { getCollection, getEntry } from 'astro:content';
import { loadPublishedArticles } from '../content/loadArticles.ts';
import { SITE_NAME } from '../site/siteInfo.ts';
import type { SocialCard } from './socialCardSvg.ts';
import { NOT_FOUND_PAGE, SEARCH_PAGE, SOURCES_PAGE } from './sitePages.ts';

export interface PageCard {
  pagePath: string;
  card: SocialCard;
}

export async function loadSocialCards(): Promise<PageCard[]> {
  const fixed = [SEARCH_PAGE, NOT_FOUND_PAGE, SOURCES_PAGE].map((page) => ({
    pagePath: page.path,
    card: { title: page.title, kind: page.kind },
  }));
  const articles = (await loadPublishedArticles()).map((article) => ({
    pagePath: `/articles/${article.id}/`,
    card: { title: article.data.title, kind: 'Article' },
  }));
  const trips = await Promise.all(
    (await getCollection('trips')).map(async (trip) => {
      const destination = await getEntry('places', trip.data.destination.id);
      return {
        pagePath: `/trips/${trip.data.slug}/`,
        card: { title: trip.data.title, kind: destination ? `Trip · ${destination.data.name.en}` : 'Trip' },
      };
    }),
  );
  return [
    { pagePath: '/', card: { title: SITE_NAME, kind: 'Explainer' } },
    { pagePath: '/trips/', card: { title: 'Trips', kind: 'Timeline' } },
    ...fixed,
    ...articles,
    ...trips,
  ];
}
