/** An article's NewsArticle, with the publisher and card the rest of the site uses. */
import { PUBLISHER_NAME } from '../site/siteInfo.ts';
import { socialImageUrl } from './socialImagePath.ts';
import { newsArticle, type JsonLd } from './structuredData.ts';

export function articleStructuredData(input: {
  title: string;
  description: string;
  path: string;
  published: string;
  modified: string;
  site: URL;
  /** CorrectionComment items for the article's corrections. */
  correction?: readonly JsonLd[];
}): JsonLd {
  return newsArticle({
    headline: input.title,
    description: input.description,
    url: new URL(input.path, input.site).href,
    imageUrl: socialImageUrl(input.path, input.site),
    datePublished: input.published,
    dateModified: input.modified,
    ...(input.correction ? { correction: input.correction } : {}),
    publisher: {
      name: PUBLISHER_NAME,
      url: new URL('/', input.site).href,
      logoUrl: socialImageUrl('/', input.site),
    },
  });
}
