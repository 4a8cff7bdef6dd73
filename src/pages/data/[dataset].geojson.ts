/** /data/trips.geojson, /data/places.geojson and /data/routes.geojson, written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataSets } from '../../lib/content/loadDataSets.ts';
import { DATA_SETS, MEDIA_TYPES, dataFile, type DataSetName } from '../../lib/data/dataFiles.ts';

export const getStaticPaths = (() => DATA_SETS.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const data = await loadDataSets(site ?? new URL(url.origin));
  return new Response(dataFile(data, params['dataset'] as DataSetName, 'geojson'), {
    headers: { 'Content-Type': MEDIA_TYPES['geojson'] },
  });
};
