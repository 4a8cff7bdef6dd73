import { expect, test } from './support/test.ts';

/**
 * On a phone the map and the timeline are far apart on the home page: choosing a trip in
 * the timeline brings the map, with the trip drawn on it, into view with its top showing.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('choosing a trip in the timeline brings the map into view', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/trips/');
  const choose = page.locator('trip-timeline .timeline__choose:visible').first();
  await choose.scrollIntoViewIfNeeded();
  const map = page.locator('route-map');
  const before = await map.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
  expect(before.bottom < 0 || before.top > 844, 'the map starts out of view').toBe(true);
  await choose.tap();
  await expect(map).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => map.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  const top = await map.evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeLessThan(844 / 2);
});
