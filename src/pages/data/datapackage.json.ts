/** /data/datapackage.json: the Data Package that describes every file under /data/. */
import type { APIRoute } from 'astro';
import { loadDataSets } from '../../lib/content/loadDataSets.ts';
import { dataPackage } from '../../lib/data/dataPackage.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const data = await loadDataSets(site ?? new URL(url.origin));
  return new Response(JSON.stringify(dataPackage(data), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
