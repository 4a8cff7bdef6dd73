import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test, type APIRequestContext } from './support/test.ts';
import { sitemapPaths } from './support/sitemap.ts';
import { changeEntries } from './support/contentFiles.ts';

/** Published articles as editors wrote them: the feed and sitemap must list each one. */
function publishedArticlePaths(): string[] {
  const folder = join(process.cwd(), 'content/articles');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .filter((file) => !/^draft:\s*true\s*$/m.test(readFileSync(join(folder, file), 'utf8').split(/^---$/m)[1] ?? ''))
    .map((file) => `/articles/${file.replace(/\.mdx$/, '')}/`);
}

interface FeedItem {
  link: string;
  title: string;
  pubDate: string;
  description: string;
  category?: string | string[];
}

async function feedItems(request: APIRequestContext): Promise<FeedItem[]> {
  const xml = await (await request.get('/rss.xml')).text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return [new XMLParser().parse(xml).rss.channel.item].flat() as FeedItem[];
}

test('the RSS feed is valid XML and lists every published article', async ({ request }) => {
  const all = await feedItems(request);
  // Corrections and updates are items too, filed under a category; the sections have none.
  const items = all.filter((item) => item.category === undefined);
  const linked = items.map((item) => new URL(item.link).pathname).sort();
  expect(linked).toEqual(publishedArticlePaths().sort());
  for (const item of all) expect(Number.isNaN(Date.parse(item.pubDate)), item.link).toBe(false);
});

test('the RSS feed has an item for every correction and update, linked to it on its page', async ({ request }) => {
  const changes = changeEntries();
  expect(changes.length).toBeGreaterThan(0);
  const items = (await feedItems(request)).filter((item) => item.category !== undefined);
  expect(items).toHaveLength(changes.length);
  for (const change of changes) {
    const item = items.find((candidate) => candidate.description.startsWith(change.what));
    expect(item, change.what).toBeDefined();
    expect([item!.category].flat()[0]?.toLowerCase()).toBe(change.kind);
    expect(new Date(item!.pubDate).toISOString().slice(0, 10)).toBe(change.date);
    expect(new URL(item!.link).pathname).toBe(change.path);
    expect(new URL(item!.link).hash).toMatch(/^#change-/);
  }
});

test('the sitemap is valid XML, lists every published article and no embed', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  expect(XMLValidator.validate(index)).toBe(true);
  const paths = await sitemapPaths(request);
  for (const article of publishedArticlePaths()) expect(paths).toContain(article);
  expect(paths.filter((path) => path.startsWith('/embed/') || path === '/404/')).toEqual([]);
});

test('the feed names its own address (atom:link rel="self") and is dated by its newest item', async ({ request }) => {
  const xml = await (await request.get('/rss.xml')).text();
  const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
  expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
  const channel = rss.channel;
  const self = [channel['atom:link']].flat().find((link: Record<string, string>) => link['@_rel'] === 'self');
  expect(self).toMatchObject({ '@_href': new URL('/rss.xml', channel.link).href, '@_type': 'application/rss+xml' });
  const newest = Math.max(...[channel.item].flat().map((item: FeedItem) => Date.parse(item.pubDate)));
  expect(Date.parse(channel.lastBuildDate)).toBe(newest);
});
