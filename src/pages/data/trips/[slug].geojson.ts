/** /data/trips/<slug>.geojson: one trip, for the "Download this trip" link on its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadDataSets } from '../../../lib/content/loadDataSets.ts';
import { MEDIA_TYPES, tripGeoJson } from '../../../lib/data/dataFiles.ts';

export const getStaticPaths = (async () =>
  (await getCollection('trips')).map((trip) => ({ params: { slug: trip.data.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const data = await loadDataSets(site ?? new URL(url.origin));
  return new Response(tripGeoJson(data, String(params['slug'])), { headers: { 'Content-Type': MEDIA_TYPES.geojson } });
};
