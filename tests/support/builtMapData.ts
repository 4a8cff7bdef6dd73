/**
 * The map data the build wrote (dist/map-data/routes.json): what the end-to-end tests
 * expect the maps to show, read from the build rather than written into the tests, so
 * they hold whatever route and trips the content describes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RouteMapData } from '../../src/lib/geo/routeMapData.ts';
import { DIST_DIR } from './builtPages.ts';

export const MAP_DATA = JSON.parse(readFileSync(join(DIST_DIR, 'map-data', 'routes.json'), 'utf8')) as RouteMapData;

/** The main route's stops, in the order the route file lists them. */
export const ROUTE_STOPS = MAP_DATA.route.stops;

/** A trip that passes a stop of the main route, with that stop: the popup of the stop offers the trip. */
export function tripThroughARouteStop(): { slug: string; title: string; stopId: string; stopName: string } {
  for (const trip of MAP_DATA.trips) {
    const stop = ROUTE_STOPS.find((candidate) => trip.places.some((place) => place.id === candidate.id));
    if (stop) return { slug: trip.slug, title: trip.title, stopId: stop.id, stopName: stop.name.en };
  }
  throw new Error('No trip passes a stop of the main route.');
}
