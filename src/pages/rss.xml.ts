import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadPublishedArticles } from '../lib/content/loadArticles.ts';
import { earliestInstant } from '../lib/dates/partialDate.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site/siteInfo.ts';
import { loadSiteChanges } from '../lib/content/loadSiteChanges.ts';
import { changeText } from '../lib/changes/pageChanges.ts';
import { ATOM_NAMESPACE, feedChannelElements } from '../lib/meta/feedChannel.ts';

/**
 * The feed of published sections and of every correction and update, newest first, for
 * feed readers and newsroom monitors. A change is an item of its own, dated the day it was
 * made: readers show an item once, so a change folded into its article's old item would
 * reach no one who had already read it.
 */
export const GET: APIRoute = async ({ site, url }) => {
  const articles = (await loadPublishedArticles()).sort((a, b) =>
    b.data.published.iso.localeCompare(a.data.published.iso),
  );
  const changes = (await loadSiteChanges()).map((change) => ({
    title: `${change.kindLabel}: ${change.pageTitle}`,
    description: changeText(change),
    pubDate: new Date(earliestInstant(change.date)),
    // Absolute, so the feed library leaves the #fragment alone instead of adding a slash after it.
    link: new URL(change.href, site ?? 'http://localhost/').href,
    categories: [change.kindLabel],
  }));
  const items = [
    ...changes,
    ...articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: new Date(earliestInstant(article.data.published)),
      link: `/articles/${article.id}/`,
    })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: site ?? 'http://localhost/',
    xmlns: { atom: ATOM_NAMESPACE },
    items,
    customData: feedChannelElements({
      feedUrl: new URL(url.pathname, site ?? 'http://localhost/').href,
      language: 'en-gb',
      itemDates: items.map((item) => item.pubDate),
    }),
    trailingSlash: true,
  });
};
