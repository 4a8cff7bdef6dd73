/**
 * The route, the trips and the labels for the interactive map, built from the same
 * data as the static map and the stop table: /map-data/routes.json.
 */
import type { APIRoute } from 'astro';
import { loadRouteMap } from '../../lib/content/loadRouteMap.ts';
import { interactiveMapData } from '../../lib/geo/interactiveMapData.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(interactiveMapData(await loadRouteMap())), {
    headers: { 'Content-Type': 'application/json' },
  });
};
