/**
 * The embeddable views and the full pages they come from. The embed control, the embed
 * pages, their oEmbed documents and the tests all read the addresses from here; the titles
 * come from content (the route's title, the trips' titles and years), never from here.
 */
import { tripPagePath } from '../trips/tripAddresses.ts';
import { SITE_NAME } from '../site/siteInfo.ts';

export interface EmbedPage {
  path: string;
  /** The embed's heading, and the iframe's title read by screen readers on the host page. */
  title: string;
  description: string;
  fullPagePath: string;
  /** The words of the embed's link to its full page. */
  fullPageLink: string;
  /**
   * The frame's height in the embed code, in CSS px. Each embed lays itself out to fill
   * its frame (the map takes the room the text leaves), so this height is right at any
   * column width without the code's script.
   */
  height: number;
}

export const MAP_EMBED_PATH = '/embed/map/';
export const TIMELINE_EMBED_PATH = '/embed/timeline/';
const FULL_PAGE_OF_MAP_AND_TIMELINE = '/trips/';

/** The route map of the home page's journey, titled as its route file is. */
export function mapEmbed(route: { title: string }): EmbedPage {
  return {
    path: MAP_EMBED_PATH,
    title: route.title,
    description: `${route.title}: a map, for embedding in another page.`,
    fullPagePath: FULL_PAGE_OF_MAP_AND_TIMELINE,
    fullPageLink: `Every trip on the map: ${SITE_NAME}`,
    height: 560,
  };
}

export interface TimelineSpan {
  /** How many trips the full timeline holds. */
  count: number;
  firstYear: string;
  lastYear: string;
}

/** The latest trips; the full timeline is on the trips page. */
export function timelineEmbed(span: TimelineSpan): EmbedPage {
  const years = span.firstYear === span.lastYear ? span.firstYear : `${span.firstYear}–${span.lastYear}`;
  return {
    path: TIMELINE_EMBED_PATH,
    title: `North Korean leaders’ trips abroad, ${years}: the latest`,
    description: `The latest of ${span.count} journeys abroad by North Korea’s leaders that public reports document and date, ${years}, for embedding in another page.`,
    fullPagePath: FULL_PAGE_OF_MAP_AND_TIMELINE,
    fullPageLink: `All ${span.count} trips, ${years}: ${SITE_NAME}`,
    height: 640,
  };
}

/** A trip's embed: its address follows its page's. */
export function tripEmbedPath(slug: string): string {
  return `/embed/trips/${slug}/`;
}

export function tripEmbed(slug: string, title: string, description: string): EmbedPage {
  return {
    path: tripEmbedPath(slug),
    title,
    description: description.length > 160 ? `${description.slice(0, 157).trimEnd()}…` : description,
    fullPagePath: tripPagePath(slug),
    fullPageLink: `Sources and details: ${SITE_NAME}`,
    height: 640,
  };
}

/** Where an embed's oEmbed document is: beside the embed, so a CMS given either finds it. */
export function oembedPath(embedPath: string): string {
  return `${embedPath}oembed.json`;
}
