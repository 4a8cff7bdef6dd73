import { expect, test } from './support/test.ts';
import { elementsDefined } from './support/elementsDefined.ts';

/**
 * A page with the map or the timeline fetches one script file before the reader reaches
 * for the map: the map's and the timeline's elements come as one (TripElementsScript.astro),
 * not as a script per component plus a shared chunk that can only be requested after them.
 * And it fetches that file only once the page has loaded and been painted
 * (src/lib/page/parkedModules.ts), so it is never on the path to the first paint.
 */
const PAGES = [
  '/',
  '/trips/',
  '/trips/kim-jong-un-russia-2023/',
  '/trips/kim-jong-un-russia-2023/day-by-day/',
  '/articles/the-2023-journey/',
];

for (const path of PAGES) {
  test(`${path} loads one script file until the map is used`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    // The script is requested once the page is painted, which on a busy machine can be after
    // the network has been idle for a while: wait for it, then for anything it would bring.
    await expect.poll(() => scripts.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/.+\.js$/);
  });
}

test("the page's script is requested after the page has loaded, and then upgrades every element", async ({ page }) => {
  const order: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') order.push('script');
  });
  page.on('load', () => order.push('load'));
  await page.goto('/trips/kim-jong-un-russia-2023/');
  await expect.poll(() => order.includes('script')).toBe(true);
  expect(order[0]).toBe('load');
  // Every custom element the page holds (the map, the timeline, the copy links) gets defined.
  await elementsDefined(page);
  expect(await page.evaluate(() => document.querySelectorAll('route-map, copy-section-link').length)).toBeGreaterThan(
    0,
  );
});
