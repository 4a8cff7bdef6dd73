import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test.ts';
import { readYaml } from '../../src/lib/content/readYaml.ts';
import { DIST_DIR } from '../support/builtPages.ts';
import { tripFiles } from './support/contentFiles.ts';
import { pngSize } from '../../src/lib/meta/renderSocialCardPng.ts';
import { recordCspViolations } from './support/cspViolations.ts';
import { sitemapPaths } from './support/sitemap.ts';

/**
 * Every page a search engine is told about carries what social networks, search engines
 * and newsroom tools read: title, description, a 1200×630 card, canonical link, JSON-LD.
 */
test('every page in the sitemap has Open Graph tags, a 1200×630 card, a canonical link and JSON-LD', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const paths = await sitemapPaths(request);
  expect(paths).toContain('/');
  const violations = await recordCspViolations(page);
  for (const path of paths) {
    await page.goto(path);
    const head = page.locator('head');
    for (const property of ['og:title', 'og:description', 'og:image', 'og:url']) {
      const content = await head.locator(`meta[property="${property}"]`).getAttribute('content');
      expect(content?.trim(), `${path} ${property}`).toBeTruthy();
    }
    await expect(head.locator('meta[name="twitter:card"]'), path).toHaveAttribute('content', 'summary_large_image');

    const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname, `${path} canonical`).toBe(path);

    // The card is addressed at the configured site; fetch the same path from the server under test.
    const image = new URL((await head.locator('meta[property="og:image"]').getAttribute('content'))!);
    const response = await request.get(image.pathname);
    expect(response.status(), `${path} og:image ${image.pathname}`).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
    expect(pngSize(new Uint8Array(await response.body())), `${path} card size`).toEqual({ width: 1200, height: 630 });

    const blocks = await head.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.length, `${path} JSON-LD`).toBeGreaterThan(0);
    for (const block of blocks) {
      const data = [JSON.parse(block)].flat() as { '@context': string; '@type': string }[];
      for (const item of data) {
        expect(item['@context']).toBe('https://schema.org');
        expect(item['@type'], path).toBeTruthy();
      }
    }
  }
  expect(await violations()).toEqual([]);
});

test('an article describes itself as a NewsArticle with dates, publisher and image', async ({ page }) => {
  await page.goto('/articles/the-2023-journey/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(data['@type']).toBe('NewsArticle');
  expect(data.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(data.dateModified >= data.datePublished).toBe(true);
  expect(data.publisher.name).toBe('The Armored Train');
  expect(data.image[0]).toMatch(/\/og\/articles\/the-2023-journey\.png$/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
});

test('the home page describes the site as a WebSite with a search action', async ({ page }) => {
  await page.goto('/');
  const data = [JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)].flat();
  const site = data.find((item: { '@type': string }) => item['@type'] === 'WebSite');
  expect(site.potentialAction.target.urlTemplate).toMatch(/\/search\/\?q=\{search_term_string\}$/);
});

test('every page links the RSS feed', async ({ page }) => {
  await page.goto('/sources/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
});

test('every trip’s Event is located at its destination, with the coordinates of its place file', () => {
  const trips = tripFiles();
  expect(trips.length).toBeGreaterThan(0);
  for (const trip of trips) {
    const html = readFileSync(join(DIST_DIR, 'trips', trip.slug, 'index.html'), 'utf8');
    const items = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((match) =>
      [JSON.parse(match[1]!)].flat(),
    ) as Record<string, unknown>[];
    const event = items.find((item) => item['@type'] === 'Event');
    const place = readYaml(readFileSync(join(process.cwd(), 'content/places', `${trip.destination}.yaml`), 'utf8')) as {
      name: { en: string };
      latitude: number;
      longitude: number;
    };
    expect(event?.['location'], trip.slug).toEqual({
      '@type': 'Place',
      name: place.name.en,
      geo: { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude },
    });
  }
});
