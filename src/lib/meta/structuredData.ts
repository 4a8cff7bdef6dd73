/**
 * schema.org descriptions of the site's pages, as plain objects for JSON-LD. Each builder
 * takes absolute URLs, so the JSON-LD follows SITE_URL like every other link.
 */
export type JsonLd = Record<string, unknown>;

export interface Publisher {
  name: string;
  url: string;
  logoUrl: string;
}

function organization(publisher: Publisher): JsonLd {
  return {
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logoUrl },
  };
}

export function newsArticle(input: {
  headline: string;
  description: string;
  url: string;
  imageUrl: string;
  datePublished: string;
  dateModified: string;
  publisher: Publisher;
  /** The page's corrections, as CorrectionComment items (see correctionComments). */
  correction?: readonly JsonLd[];
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    image: [input.imageUrl],
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author: organization(input.publisher),
    publisher: organization(input.publisher),
    ...(input.correction && input.correction.length > 0 ? { correction: input.correction } : {}),
  };
}

/**
 * schema.org's `correction` items for a page's corrections: a CorrectionComment each, dated
 * the day it was made. Updates are changes but not corrections, so they count towards
 * dateModified only.
 */
export function correctionComments(changes: ReadonlyArray<{ kind: string; iso: string; text: string }>): JsonLd[] {
  return changes
    .filter((change) => change.kind === 'correction')
    .map((change) => ({ '@type': 'CorrectionComment', datePublished: change.iso, text: change.text }));
}

/**
 * The page about a trip, beside the trip's Event: an Event is no CreativeWork, so the
 * page's own dateModified and corrections belong to the WebPage that describes it.
 */
export function tripWebPage(input: {
  name: string;
  url: string;
  dateModified: string;
  correction: readonly JsonLd[];
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: input.name,
    url: input.url,
    about: { '@id': `${input.url}#trip` },
    dateModified: input.dateModified,
    ...(input.correction.length > 0 ? { correction: input.correction } : {}),
  };
}

export function webSite(input: { name: string; description: string; url: string; searchUrl: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: input.name,
    description: input.description,
    url: input.url,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** A page of the site that is not an article: the type says what it is (CollectionPage, SearchResultsPage…). */
export function webPage(input: {
  type: 'WebPage' | 'CollectionPage' | 'SearchResultsPage' | 'AboutPage';
  name: string;
  description: string;
  url: string;
  imageUrl: string;
  siteUrl: string;
  /** YYYY-MM-DD, for a page whose content has a date: one that shows corrections needs dateModified. */
  datePublished?: string | undefined;
  dateModified?: string | undefined;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': input.type,
    name: input.name,
    description: input.description,
    url: input.url,
    image: input.imageUrl,
    isPartOf: { '@type': 'WebSite', url: input.siteUrl },
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
  };
}

export interface TripPlace {
  name: string;
  latitude: number;
  longitude: number;
}

/** A leader's journey as an Event: schema.org dates accept the partial ISO dates the sources allow ("2019-04"). */
export function tripEvent(input: {
  name: string;
  description: string;
  url: string;
  imageUrl: string;
  startDate: string;
  endDate?: string;
  traveller: string;
  destination: TripPlace;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${input.url}#trip`,
    name: input.name,
    description: input.description,
    url: input.url,
    image: input.imageUrl,
    startDate: input.startDate,
    ...(input.endDate ? { endDate: input.endDate } : {}),
    // Every trip, made or announced, is a scheduled event; none is known to have been cancelled.
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    performer: { '@type': 'Person', name: input.traveller },
    location: {
      '@type': 'Place',
      name: input.destination.name,
      geo: { '@type': 'GeoCoordinates', latitude: input.destination.latitude, longitude: input.destination.longitude },
    },
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. "<" is escaped so no text in the
 * data can close the script element early.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
