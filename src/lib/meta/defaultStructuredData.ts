/**
 * The schema.org type of a page that does not describe itself: the home page is the
 * WebSite, the lists are CollectionPages, search is a SearchResultsPage.
 */
import { socialImageUrl } from './socialImagePath.ts';
import { webPage, webSite, type JsonLd } from './structuredData.ts';
import { SEARCH_PAGE, SOURCES_PAGE } from './sitePages.ts';

const PAGE_TYPES: Record<string, Parameters<typeof webPage>[0]['type']> = {
  [SOURCES_PAGE.path]: 'CollectionPage',
  [SEARCH_PAGE.path]: 'SearchResultsPage',
  '/trips/': 'CollectionPage',
};

export function defaultStructuredData(input: {
  path: string;
  title: string;
  description: string;
  siteUrl: string;
  tagline: string;
  datePublished?: string | undefined;
  dateModified?: string | undefined;
}): JsonLd | JsonLd[] {
  const url = new URL(input.path, input.siteUrl).href;
  const imageUrl = socialImageUrl(input.path, input.siteUrl);
  const page = webPage({
    type: input.path === '/' ? 'CollectionPage' : (PAGE_TYPES[input.path] ?? 'WebPage'),
    name: input.title,
    description: input.description,
    url,
    imageUrl,
    siteUrl: input.siteUrl,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
  });
  if (input.path !== '/') return page;
  const site = webSite({
    name: input.title,
    description: input.tagline,
    url,
    searchUrl: new URL(SEARCH_PAGE.path, input.siteUrl).href,
  });
  return [site, page];
}
