/**
 * Where the social card of a page is served: /og/<page path>.png, with the home page at
 * /og/index.png. One rule shared by the layout (which links the card) and the endpoint
 * (which draws it), so a page's og:image always names a file that exists.
 */
export function socialImageKey(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

export function socialImagePath(pagePath: string): string {
  return `/og/${socialImageKey(pagePath)}.png`;
}

/** The card's full address, as og:image and JSON-LD give it. */
export function socialImageUrl(pagePath: string, site: URL | string): string {
  return new URL(socialImagePath(pagePath), site).href;
}
