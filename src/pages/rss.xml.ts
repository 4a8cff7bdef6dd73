import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadPublishedArticles } from '../lib/content/loadArticles.ts';
import { calendarDateToInstant } from '../lib/dates/formatCalendarDate.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site/siteInfo.ts';

/** The feed of published sections, newest first, for feed readers and newsroom monitors. */
export const GET: APIRoute = async ({ site }) => {
  const articles = (await loadPublishedArticles()).sort((a, b) => b.data.published.localeCompare(a.data.published));
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: site ?? 'http://localhost/',
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: calendarDateToInstant(article.data.published),
      link: `/articles/${article.id}/`,
    })),
    customData: '<language>en-gb</language>',
    trailingSlash: true,
  });
};
