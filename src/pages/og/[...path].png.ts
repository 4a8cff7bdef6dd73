import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSocialCards } from '../../lib/meta/loadSocialCards.ts';
import { renderSocialCardPng } from '../../lib/meta/renderSocialCardPng.ts';
import { socialCardSvg, type SocialCard } from '../../lib/meta/socialCardSvg.ts';
import { socialImageKey } from '../../lib/meta/socialImagePath.ts';
import { SITE_NAME } from '../../lib/site/siteInfo.ts';

export const getStaticPaths = (async () =>
  (await loadSocialCards()).map(({ pagePath, card }) => ({
    params: { path: socialImageKey(pagePath) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
  // A fresh Uint8Array owns a plain ArrayBuffer, which is what Response accepts.
  new Response(new Uint8Array(await renderSocialCardPng(socialCardSvg(props.card, SITE_NAME))), {
    headers: { 'Content-Type': 'image/png' },
  });
