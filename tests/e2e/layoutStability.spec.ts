import { expect, test, type Page } from './support/test.ts';

/**
 * Nothing moves when a page's scripts arrive: parts that need a script (the timeline's
 * filters, the search box, the map's button) take their place before the first paint,
 * by CSS, not when the script runs. On a slow phone the first paint comes before the
 * scripts run, and anything they add or remove shifts the page under the reader (the
 * layout-shift figure in `npm run bench`). Here the page is laid out once with its
 * scripts stripped, as a browser paints it before they run, and once after they ran,
 * and every landmark must sit in the same place.
 */
const PAGES = [
  '/',
  '/trips/',
  '/search/',
  '/trips/kim-jong-un-russia-2023/',
  '/trips/kim-jong-un-russia-2023/day-by-day/',
  '/articles/the-2023-journey/',
];
const LANDMARKS = 'h1, h2, h3, .site-footer, route-map';

async function landmarkTops(page: Page): Promise<Record<string, number>> {
  return page.evaluate((selector) => {
    const tops: Record<string, number> = {};
    document.querySelectorAll(selector).forEach((element, index) => {
      const label = `${index} ${element.localName} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
      tops[label] = Math.round(element.getBoundingClientRect().top + scrollY);
    });
    return tops;
  }, LANDMARKS);
}

async function stripScripts(page: Page): Promise<void> {
  await page.route(/\.js$/, (route) => route.abort());
  await page.route(
    (url) => url.pathname.endsWith('/'),
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '')
        // The Hangul font, which the page's loader adds once painted (AfterFirstPaint.astro),
        // from the <noscript> link: a web font reflows the Korean text it arrives for, far down
        // the page in the source notes, and that is not what this test is about.
        .replace(/<noscript>(<link rel="stylesheet"[^>]*>)<\/noscript>/, '$1');
      await route.fulfill({ response, body: html });
    },
  );
}

for (const width of [390, 1280]) {
  for (const path of PAGES) {
    test(`${path} at ${width} px lays out the same before and after its scripts run`, async ({ browser }) => {
      const viewport = { width, height: 844 };
      const before = await browser.newPage({ viewport });
      await stripScripts(before);
      await before.goto(path);
      await before.evaluate(() => document.fonts.ready);
      const painted = await landmarkTops(before);
      await before.close();

      const after = await browser.newPage({ viewport });
      await after.goto(path);
      await after.waitForLoadState('networkidle');
      await after.evaluate(() => document.fonts.ready);
      const scripted = await landmarkTops(after);
      await after.close();

      expect(Object.keys(painted).length).toBeGreaterThan(1);
      expect(scripted).toEqual(painted);
    });
  }
}
