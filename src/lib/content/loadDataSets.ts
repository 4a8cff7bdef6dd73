/**
 * The trips, places and routes for /data/, read from the collections and the map data
 * the pages draw, and handed to the plain builders in src/lib/data/.
 */
import { getCollection } from 'astro:content';
import { buildRouteGeometry, type PlaceForMap } from '../geo/routeGeometry.ts';
import type { LngLat } from '../geo/lngLat.ts';
import { tripRecord, type PlaceRecord, type RouteRecord, type TripRecord } from '../data/dataRecords.ts';
import { dataRelease, type DataRelease } from '../data/dataRelease.ts';
import { buildDay } from '../build/buildDay.ts';
import { tripPagePath } from '../trips/tripAddresses.ts';
import { compareTrips } from '../trips/tripOrder.ts';
import { loadLeaders } from './loadLeaders.ts';
import { loadRouteMap } from './loadRouteMap.ts';

export interface DataSets {
  trips: { record: TripRecord; lines: LngLat[][] }[];
  places: PlaceRecord[];
  routes: { record: RouteRecord; lines: LngLat[][] }[];
  release: DataRelease;
}

const built = new Map<string, Promise<DataSets>>();

/**
 * The data sets, worked out once per build and site address: every trip's own GeoJSON
 * file asks for them, and working them out (and hashing them) for each of a thousand
 * trips made the build grow with the square of the trips. The dev server works them
 * out on each request, so an edited file shows at once.
 */
export function loadDataSets(site: URL): Promise<DataSets> {
  if (!import.meta.env.PROD) return buildDataSets(site);
  let sets = built.get(site.href);
  if (!sets) {
    sets = buildDataSets(site);
    built.set(site.href, sets);
  }
  return sets;
}

async function buildDataSets(site: URL): Promise<DataSets> {
  const sources = new Map((await getCollection('sources')).map((source) => [source.id, source.data]));
  const passageSource = new Map((await getCollection('passages')).map((passage) => [passage.id, passage.data.source]));
  // A seed document has no address of its own: the sources page quotes it.
  const sourceUrlOf = (passageId: string): string => {
    const sourceId = passageSource.get(passageId);
    if (sourceId === undefined) throw new Error(`Passage "${passageId}" is in no source document.`);
    return sources.get(sourceId)?.url ?? new URL(`/sources/#source-${sourceId}`, site).href;
  };

  const placeEntries = (await getCollection('places')).sort((a, b) => a.id.localeCompare(b.id));
  const places = placeEntries.map(({ id, data }): PlaceRecord => ({
    id,
    nameEn: data.name.en,
    nameKo: data.name.ko ?? null,
    nameRu: data.name.ru ?? null,
    nameZh: data.name.zh ?? null,
    nameVi: data.name.vi ?? null,
    latitude: data.latitude,
    longitude: data.longitude,
    kind: data.kind,
    country: data.country,
    gazetteer: data.coordinates.source,
    gazetteerUrl: data.coordinates.url,
  }));

  const map = await loadRouteMap();
  const leaderOf = await loadLeaders();
  const lookups = { sourceUrlOf, leaderNameOf: (id: string) => leaderOf(id).name };
  const tripLines = new Map(map.trips.map((trip) => [trip.slug, trip.segments.map((segment) => segment.line)]));
  const trips = (await getCollection('trips'))
    .sort((a, b) => compareTrips(a.data, b.data))
    .map(({ data }) => ({
      record: tripRecord(data, lookups, new URL(tripPagePath(data.slug), site).href),
      lines: tripLines.get(data.slug) ?? [],
    }));

  const placesForMap = new Map<string, PlaceForMap>(
    placeEntries.map(({ id, data }) => [
      id,
      { id, name: data.name, position: [data.longitude, data.latitude], kind: data.kind, country: data.country },
    ]),
  );
  const routes = (await getCollection('routes'))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => {
      const geometry = buildRouteGeometry(
        data.stops.map(({ place, branchFrom, via, line }) => ({ place, branchFrom, via, line })),
        placesForMap,
      );
      const passages = data.citations;
      return {
        record: {
          id,
          title: data.title,
          summary: data.summary,
          stops: data.stops.map((stop) => stop.place),
          drawnLengthKm: Math.round(geometry.totalKm * 10) / 10,
          approximateLegs: geometry.stops.filter((stop) => stop.approximate).map((stop) => stop.place.id),
          passages,
          sourceUrls: [...new Set(passages.map(sourceUrlOf))],
        },
        lines: geometry.lines.map((line) => [...line]),
      };
    });

  const sets = { trips, places, routes };
  return { ...sets, release: dataRelease(sets, { built: buildDay().iso, site }) };
}
