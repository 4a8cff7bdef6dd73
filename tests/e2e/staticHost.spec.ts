import { expect, test } from './support/test.ts';
import { XMLParser } from 'fast-xml-parser';
import { tripAliases } from '../../src/lib/site/pageAliases.ts';
import { tripPagePath } from '../../src/lib/trips/tripAddresses.ts';
import { tripEmbed } from '../../src/lib/embed/embedPages.ts';
import { pageModifiedDate } from '../../src/lib/meta/pageModifiedDate.ts';
import { parsePolicy } from '../../scripts/lib/quality/contentSecurityPolicy.ts';
import { sitemapPaths } from './support/sitemap.ts';
import { otherOriginForTests } from './support/otherOrigin.ts';

/**
 * What a static host applies from the site's `_headers` and `_redirects`, checked over
 * HTTP against the test server (nginx configured from those files): the forwards, the
 * headers that decide who may frame or read what, and caching.
 */

const aliases = tripAliases(`${process.cwd()}/content`).flatMap(({ slug, aliases: earlier }) =>
  earlier.map((alias) => ({ slug, alias })),
);
const ONE_YEAR = 31_536_000;

// A newsroom's or a data journalist's page, on another origin than the site's.
const otherSite = otherOriginForTests(test);

test("a trip's earlier address answers 301 with its page's address, for the page and the embed", async ({
  request,
}) => {
  expect(aliases.length, 'a trip in content/trips/ with aliases').toBeGreaterThan(0);
  for (const { slug, alias } of aliases) {
    for (const [from, to] of [
      [tripPagePath(alias), tripPagePath(slug)],
      [tripEmbed(alias, '', '').path, tripEmbed(slug, '', '').path],
    ] as const) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(new URL(response.headers()['location'] ?? '', 'http://host.example').pathname, from).toBe(to);
    }
  }
});

test('an address without its trailing slash is sent on to it, and a missing one gets the 404 page', async ({
  request,
}) => {
  const response = await request.get('/trips', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(new URL(response.headers()['location'] ?? '', 'http://host.example').pathname).toBe('/trips/');
  const missing = await request.get('/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expect((await request.get('/_redirects')).status(), 'the host reads _redirects, never serves it').toBe(404);
});

test('every page listed in the sitemap gets one Content-Security-Policy header that forbids framing it', async ({
  request,
}) => {
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(1);
  for (const path of paths) {
    const response = await request.get(path);
    const policy = response.headers()['content-security-policy'];
    expect(policy, path).toBeDefined();
    expect(parsePolicy(policy!).get('frame-ancestors'), path).toEqual(["'none'"]);
    expect(parsePolicy(policy!).get('object-src'), path).toEqual(["'none'"]);
  }
});

test('a page on another site can frame an embed but not the page it comes from', async ({ page, baseURL }) => {
  const embed = new URL('/embed/map/', baseURL).href;
  const fullPage = new URL('/trips/', baseURL).href;
  const framing = await page.request.get(embed);
  expect(parsePolicy(framing.headers()['content-security-policy']!).get('frame-ancestors')).toEqual(['*']);

  otherSite.pages.set(
    '/story.html',
    `<!doctype html><title>A story</title>
     <iframe name="embed" src="${embed}" title="Embed"></iframe>
     <iframe name="page" src="${fullPage}" title="Page"></iframe>`,
  );
  await page.goto(`${otherSite.origin}/story.html`);
  const embedFrame = page.frame({ name: 'embed' })!;
  await expect(embedFrame.locator('main#main')).toBeAttached();
  expect(embedFrame.url()).toBe(embed);
  // A refused frame shows the browser's error page instead of the site's.
  const pageFrame = page.frame({ name: 'page' })!;
  await expect.poll(() => pageFrame.url()).not.toBe(fullPage);
  await expect(pageFrame.locator('main#main')).not.toBeAttached();
});

test('a page on another site can read the data files (CORS)', async ({ page, baseURL }) => {
  otherSite.pages.set('/data-reader.html', '<!doctype html><title>Reader</title>');
  await page.goto(`${otherSite.origin}/data-reader.html`);
  const read = await page.evaluate(async (url) => {
    const response = await fetch(url);
    return { ok: response.ok, type: response.type, text: (await response.text()).slice(0, 40) };
  }, new URL('/data/trips.csv', baseURL).href);
  expect(read.ok).toBe(true);
  expect(read.type).toBe('cors');
  expect(read.text.length).toBeGreaterThan(0);
});

test('hashed assets are cached for a year as immutable, and pages are not', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const asset = /(?:src|href)="(\/_astro\/[^"]+)"/.exec(html)?.[1];
  expect(asset, 'the home page loads an asset from /_astro/').toBeDefined();
  const cache = (await request.get(asset!)).headers()['cache-control'] ?? '';
  expect(cache).toContain('immutable');
  expect(Number(/max-age=(\d+)/.exec(cache)?.[1])).toBeGreaterThanOrEqual(ONE_YEAR);
  expect((await request.get('/')).headers()['cache-control'] ?? '').not.toContain('immutable');
});

test("robots.txt names the sitemap, whose lastmod is each page's own last-changed day", async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap, 'a Sitemap: line').toBeDefined();
  expect((await request.get(new URL(sitemap!).pathname)).status()).toBe(200);

  const parser = new XMLParser();
  const urls = [parser.parse(await (await request.get('/sitemap-0.xml')).text()).urlset.url].flat() as {
    loc: string;
    lastmod?: string;
  }[];
  let dated = 0;
  for (const { loc, lastmod } of urls) {
    const path = new URL(loc).pathname;
    const stated = pageModifiedDate(await (await request.get(path)).text());
    expect(lastmod?.slice(0, 10), path).toBe(stated);
    if (stated !== undefined) dated += 1;
  }
  expect(dated, 'pages that state when they last changed').toBeGreaterThan(0);
});

test('pages, styles, scripts and data are sent compressed, as every static host sends them', async ({ request }) => {
  const home = await request.get('/', { headers: { 'accept-encoding': 'gzip' } });
  expect(home.headers()['content-encoding']).toBe('gzip');
  // The page's script, parked until the page is painted (src/lib/page/parkedModules.ts).
  const script = /<script type="application\/json" data-module-after-first-paint>"([^"]+\.js)"/.exec(
    await home.text(),
  )?.[1];
  expect(script, 'a script file on the home page').toBeDefined();
  for (const path of [script!, '/data/']) {
    const response = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-encoding'], path).toBe('gzip');
  }
});
