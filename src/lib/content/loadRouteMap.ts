/**
 * Reads the places, the rail route and the trips from the collections and hands them,
 * as plain data, to the map builder. The only place the maps touch astro:content.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildRouteGeometry, type PlaceForMap, type RouteGeometry, type RouteStopInput } from '../geo/routeGeometry.ts';
import { buildRouteMapData, type RouteMapData } from '../geo/routeMapData.ts';
import { itineraryArrivals, itineraryPlaceIds, tripItinerary } from '../trips/tripItinerary.ts';
import { loadPassageLinks } from './loadPassageLinks.ts';

let built: Promise<RouteMapData> | undefined;

/**
 * The map data, worked out once per build: every page with a map asks for it. The dev
 * server rebuilds it on each request, so an edited file shows at once.
 */
export function loadRouteMap(): Promise<RouteMapData> {
  if (!import.meta.env.PROD) return buildFromContent();
  built ??= buildFromContent();
  return built;
}

/** One trip's lines, as the map draws them: what its leg table lists beside the map. */
export async function loadTripLines(slug: string): Promise<RouteMapData['trips'][number]> {
  const trip = (await loadRouteMap()).trips.find((entry) => entry.slug === slug);
  if (!trip) throw new Error(`No trip with the slug "${slug}" in content/trips/.`);
  return trip;
}

async function loadPlacesForMap(): Promise<Map<string, PlaceForMap>> {
  return new Map<string, PlaceForMap>(
    (await getCollection('places')).map((entry) => [
      entry.id,
      {
        id: entry.id,
        name: entry.data.name,
        position: [entry.data.longitude, entry.data.latitude],
        kind: entry.data.kind,
        country: entry.data.country,
        label: entry.data.label,
      },
    ]),
  );
}

/** One route's geometry, from the same files and the same builder as the maps. */
export async function loadRouteGeometry(
  routeId: string,
): Promise<{ geometry: RouteGeometry; places: Map<string, PlaceForMap> }> {
  const places = await loadPlacesForMap();
  const route = await getEntry('routes', routeId);
  if (!route) throw new Error(`The route content/routes/${routeId}.yaml is missing.`);
  return { geometry: buildRouteGeometry(route.data.stops.map(stopInput), places), places };
}

async function buildFromContent(): Promise<RouteMapData> {
  const places = await loadPlacesForMap();
  const routes = await getCollection('routes');
  // The validator makes sure exactly one route says homeMap: true.
  const route = routes.find((entry) => entry.data.homeMap);
  if (!route) throw new Error('No route in content/routes/ has homeMap: true: the home page map has nothing to draw.');
  const trips = (await getCollection('trips')).map((entry) => ({
    slug: entry.data.slug,
    title: entry.data.title,
    mode: entry.data.mode,
    places: itineraryPlaceIds(entry.data),
    arrivals: itineraryArrivals(entry.data),
    visits: tripItinerary(entry.data).map(({ date, note }) => ({ date, note })),
    destination: entry.data.destination,
  }));
  const data = route.data;
  const otherLines = routes
    .filter((entry) => entry !== route)
    .map((entry) => ({ stops: entry.data.stops.map(stopInput) }));
  return buildRouteMapData(
    {
      id: route.id,
      title: data.title,
      summary: data.summary,
      provenance: data.provenance,
      citations: data.citations,
      stops: data.stops.map(stopInput),
      figures: data.figures.map(({ passage, words, from, to }) => ({ passage, words, from, to })),
    },
    places,
    trips,
    otherLines,
    await loadPassageLinks(),
  );
}

type RouteStopEntry = CollectionEntry<'routes'>['data']['stops'][number];

function stopInput(stop: RouteStopEntry): RouteStopInput {
  const { place, branchFrom, via, line, rail, passage, note, date, dateCitation } = stop;
  return { place, branchFrom, via, line, rail, passage, note, date, dateCitation };
}
