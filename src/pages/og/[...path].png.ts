import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSocialCards } from '../../lib/meta/loadSocialCards.ts';
import { renderSocialCardPng } from '../../lib/meta/renderSocialCardPng.ts';
import { socialCardSvg, type SocialCard } from '../../lib/meta/socialCardSvg.ts';
import { socialImageKey } from '../../lib/meta/socialImagePath.ts';
import { drawAhead, type DrawingsAhead } from '../../lib/meta/drawAhead.ts';
import { SITE_NAME } from '../../lib/site/siteInfo.ts';

const drawCard = (card: SocialCard) => renderSocialCardPng(socialCardSvg(card, SITE_NAME));

/**
 * In a build, every card is drawn ahead on resvg's worker threads, beside the pages rendered
 * before the cards (drawAhead.ts). Two are sent to each thread at a time so none is left
 * waiting for its next; a card is some 65 KB, so the most held waiting is about 130 MB.
 */
let drawings: DrawingsAhead<Uint8Array<ArrayBuffer>> | undefined;
const AHEAD = { atOnce: 4, held: 2000 };

export const getStaticPaths = (async () => {
  const cards = await loadSocialCards();
  if (import.meta.env.PROD) {
    drawings ??= drawAhead(
      cards.map(({ pagePath, card }) => ({ key: socialImageKey(pagePath), draw: () => drawCard(card) })),
      AHEAD,
    );
  }
  return cards.map(({ pagePath, card }) => ({
    params: { path: socialImageKey(pagePath) },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ params, props }) =>
  // A fresh Uint8Array owns a plain ArrayBuffer, which is what Response accepts.
  new Response(new Uint8Array(await (drawings?.take(String(params['path'])) ?? drawCard(props.card))), {
    headers: { 'Content-Type': 'image/png' },
  });
