/**
 * /embed/map/oembed.json, /embed/timeline/oembed.json and /embed/trips/<slug>/oembed.json:
 * each embed's oEmbed document, named by the discovery links of the pages that offer it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAllEmbeds } from '../../../lib/content/loadEmbeds.ts';
import { oembedDocument } from '../../../lib/embed/oembed.ts';
import { SITE_NAME } from '../../../lib/site/siteInfo.ts';

export const getStaticPaths = (async () =>
  (await loadAllEmbeds()).map((embed) => ({
    params: { embed: embed.path.replace(/^\/embed\/|\/$/g, '') },
    props: { embed },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site, url }) =>
  new Response(JSON.stringify(oembedDocument(props['embed'], { url: site ?? new URL(url.origin), name: SITE_NAME })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
