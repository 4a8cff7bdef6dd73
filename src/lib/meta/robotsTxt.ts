/**
 * robots.txt: every address may be crawled (embeds and moved pages say `noindex` themselves,
 * which a crawler can only read if it may fetch them), and the sitemap is named in full, as
 * the format asks.
 */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

export function robotsTxt(site: URL | string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(SITEMAP_INDEX_PATH, site).href}`, ''].join('\n');
}
