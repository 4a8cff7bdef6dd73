import { expect, test } from '@playwright/test';

/**
 * A page with the map or the timeline fetches one script file before the reader reaches
 * for the map: the map's and the timeline's elements come as one (TripElementsScript.astro),
 * not as a script per component plus a shared chunk that can only be requested after them.
 */
for (const path of [
  '/',
  '/trips/',
  '/trips/kim-jong-un-russia-2023/',
  '/trips/kim-jong-un-russia-2023/day-by-day/',
  '/articles/the-2023-journey/',
]) {
  test(`${path} loads one script file until the map is used`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/.+\.js$/);
  });
}
