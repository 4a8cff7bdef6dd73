import { XMLParser } from 'fast-xml-parser';
import type { APIRequestContext } from '@playwright/test';

const parser = new XMLParser();

/** Every page address the sitemap lists, read through the sitemap index as a crawler would. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = parser.parse(await (await request.get('/sitemap-index.xml')).text());
  const sitemaps = [index.sitemapindex.sitemap].flat() as { loc: string }[];
  const paths: string[] = [];
  for (const { loc } of sitemaps) {
    const sitemap = parser.parse(await (await request.get(new URL(loc).pathname)).text());
    for (const { loc: page } of [sitemap.urlset.url].flat() as { loc: string }[]) paths.push(new URL(page).pathname);
  }
  return paths;
}
