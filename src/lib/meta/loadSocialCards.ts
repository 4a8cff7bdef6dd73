/**
 * Every social card the build draws, keyed by the page it belongs to. A page added to the
 * site needs an entry here: the end-to-end test of the sitemap fails until it has one.
 * Pages with a map get the route on their card, from the same data as the SVG map.
 */
import { getCollection } from 'astro:content';
import { tripPagePath, tripStoryPath } from '../trips/tripAddresses.ts';
import { reportGroupOf, reportGroupTitle, reportsPagePath } from '../citations/sourcePages.ts';
import { sitePagePath } from '../content/loadSitePages.ts';
import { loadPublishedArticles } from '../content/loadArticles.ts';
import { loadRouteMap } from '../content/loadRouteMap.ts';
import type { RouteMapData } from '../geo/routeMapData.ts';
import { SITE_NAME } from '../site/siteInfo.ts';
import { routeOnCard } from './routeOnCard.ts';
import { basemapFor } from '../geo/loadBasemap.ts';
import type { StaticMapInput } from '../geo/staticMap.ts';
import type { CardRoute, SocialCard } from './socialCardSvg.ts';
import { CORRECTIONS_PAGE, DATA_PAGE, NOT_FOUND_PAGE, SEARCH_PAGE, SOURCES_PAGE } from './sitePages.ts';

export interface PageCard {
  pagePath: string;
  card: SocialCard;
}

function mainRouteCard(map: RouteMapData): CardRoute {
  const { stops, lines } = map.route;
  return routeOnCard(
    {
      lines,
      stops: stops.map((stop, index) => ({
        position: stop.position,
        label: index === 0 || index === stops.length - 1 ? stop.name.en : undefined,
        nativeName: stop.nativeName,
        destination: index === stops.length - 1,
      })),
    },
    cardBasemap,
  );
}

/** A trip's line on its card, with the names of where it started and where it went (named first). */
function tripRouteCard(map: RouteMapData, slug: string, destinationId: string) {
  const trip = map.trips.find((entry) => entry.slug === slug);
  if (!trip || trip.segments.length === 0) return undefined;
  const origin = trip.places[0]!;
  return routeOnCard(
    {
      lines: trip.segments.map((segment) => segment.line),
      stops: trip.places.map((place) => ({
        position: place.position,
        label: place.id === origin.id || place.id === destinationId ? place.name : undefined,
        nativeName: place.nativeName,
        destination: place.id === destinationId,
      })),
    },
    cardBasemap,
  );
}

/** The land around a card's route, at the detail a 360-pixel panel can show. */
const cardBasemap: StaticMapInput['basemap'] = ({ bounds, scale, tolerance }) =>
  basemapFor({ id: 'card', bounds, scale, tolerance, digits: 2 });

export async function loadSocialCards(): Promise<PageCard[]> {
  const map = await loadRouteMap();
  const fixed = [SEARCH_PAGE, NOT_FOUND_PAGE, SOURCES_PAGE, DATA_PAGE, CORRECTIONS_PAGE].map((page) => ({
    pagePath: page.path,
    card: { title: page.title, kind: page.kind },
  }));
  const articles = (await loadPublishedArticles()).map((article) => ({
    pagePath: `/articles/${article.id}/`,
    card: {
      title: article.data.title,
      kind: 'Article',
      route: article.data.routeMap ? mainRouteCard(map) : undefined,
    },
  }));
  const trips = await Promise.all(
    (await getCollection('trips')).map(async (trip) => ({
      pagePath: tripPagePath(trip.id),
      card: {
        title: trip.data.title,
        kind: `Trip · ${trip.data.start.year}`,
        route: tripRouteCard(map, trip.data.slug, trip.data.destination),
      },
    })),
  );
  const stories = await Promise.all(
    (await getCollection('stories')).map(async (story) => {
      const trip = (await getCollection('trips')).find((entry) => entry.id === story.data.trip);
      return {
        pagePath: tripStoryPath(story.data.trip),
        card: {
          title: story.data.title,
          kind: 'Day by day',
          route: trip && tripRouteCard(map, trip.data.slug, trip.data.destination),
        },
      };
    }),
  );
  // The site's own pages (content/pages/): the home page carries the route, like the map beside its story.
  const SITE_PAGE_KINDS: Record<string, string> = { home: 'Explainer', trips: 'Map and timeline', about: 'About' };
  const sitePages = (await getCollection('pages')).map((page) => ({
    pagePath: sitePagePath(page.id),
    card: {
      title: page.data.title,
      kind: SITE_PAGE_KINDS[page.id] ?? SITE_NAME,
      route: page.id === 'home' ? mainRouteCard(map) : undefined,
    },
  }));
  const reportGroups = new Set(
    (await getCollection('sources'))
      .filter((source) => source.data.file === undefined)
      .map((source) => reportGroupOf(source.data.date)),
  );
  const reportPages = [...reportGroups].map((group) => ({
    pagePath: reportsPagePath(group),
    card: { title: reportGroupTitle(group), kind: 'Sources' },
  }));
  return [...reportPages, ...sitePages, ...fixed, ...articles, ...trips, ...stories];
}
