/**
 * The basemap layers as static JSON files (/map-data/route-region.json and so on),
 * cut from Natural Earth at build time. The interactive map fetches them only when it
 * comes near the viewport.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BASEMAP_FILES } from '../../lib/geo/basemapSpecs.ts';
import { loadBasemapLayer } from '../../lib/geo/loadBasemap.ts';

export const getStaticPaths = (() =>
  BASEMAP_FILES.map((file) => ({ params: { layer: file.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const layer = loadBasemapLayer(String(params['layer']));
  return new Response(JSON.stringify(layer), { headers: { 'Content-Type': 'application/json' } });
};
