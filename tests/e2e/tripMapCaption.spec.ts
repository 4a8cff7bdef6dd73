import { expect, test } from '@playwright/test';

/**
 * A trip map's caption must not claim more than the sources: a trip whose route and
 * means of travel are unknown is not described as a train ride along the east coast.
 */
test('an undated China visit of unknown mode is captioned as an unknown route', async ({ page }) => {
  await page.goto('/trips/kim-jong-un-china-third-visit-2018-2019/');
  const caption = page.locator('.route-map__caption');
  await expect(caption).toContainText('Route and means of travel not known');
  await expect(caption).toContainText('the sources do not give its route');
  await expect(caption).not.toContainText('east coast');
});

test('the 2023 journey keeps the railway caption and its provenance', async ({ page }) => {
  await page.goto('/trips/kim-jong-un-russia-2023/');
  const caption = page.locator('.route-map__caption');
  await expect(caption).toContainText('Railway (approximate line)');
  await expect(caption).toContainText('east coast');
});
