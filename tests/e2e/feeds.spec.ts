import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap.ts';

/** Published articles as editors wrote them: the feed and sitemap must list each one. */
function publishedArticlePaths(): string[] {
  const folder = join(process.cwd(), 'content/articles');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .filter((file) => !/^draft:\s*true\s*$/m.test(readFileSync(join(folder, file), 'utf8').split(/^---$/m)[1] ?? ''))
    .map((file) => `/articles/${file.replace(/\.mdx$/, '')}/`);
}

test('the RSS feed is valid XML and lists every published article', async ({ request }) => {
  const xml = await (await request.get('/rss.xml')).text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser().parse(xml);
  const items = [feed.rss.channel.item].flat() as { link: string; title: string; pubDate: string }[];
  const linked = items.map((item) => new URL(item.link).pathname).sort();
  expect(linked).toEqual(publishedArticlePaths().sort());
  for (const item of items) expect(Number.isNaN(Date.parse(item.pubDate)), item.link).toBe(false);
});

test('the sitemap is valid XML, lists every published article and no embed', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  expect(XMLValidator.validate(index)).toBe(true);
  const paths = await sitemapPaths(request);
  for (const article of publishedArticlePaths()) expect(paths).toContain(article);
  expect(paths.filter((path) => path.startsWith('/embed/') || path === '/404/')).toEqual([]);
});
