import { expect, test } from '@playwright/test';
import { recordCspViolations } from './support/cspViolations.ts';
import { tripFiles } from './support/contentFiles.ts';

test('searching "Ussuriysk" finds the 2023 trip and the article on the journey, within the CSP', async ({ page }) => {
  const violations = await recordCspViolations(page);
  const trip2023 = tripFiles().find((trip) => String(trip.start).startsWith('2023-09'));
  expect(trip2023, 'a trip in content/trips/ starting in September 2023').toBeDefined();

  await page.goto('/search/');
  await page.getByRole('searchbox', { name: /search/i }).fill('Ussuriysk');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toContainText('found for “Ussuriysk”');
  const results = page.locator('.search-results');
  await expect(results.locator('a[href="/articles/the-2023-journey/"]')).toBeVisible();
  await expect(results.locator(`a[href="/trips/${trip2023!.slug}/"]`)).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/ussuriysk/i);
  expect(page.url()).toContain('?q=Ussuriysk');
  expect(await violations()).toEqual([]);
});

test('a search address with ?q= shows its results on arrival, with no CSP violation', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto('/search/?q=Pyongyang');
  await expect(page.locator('.search-results a[href="/articles/the-2023-journey/"]')).toBeVisible();
  await expect(
    page
      .locator('.search-results li', { has: page.locator('a[href="/articles/the-2023-journey/"]') })
      .locator('.search-result__kind'),
  ).toHaveText('Section');
  expect(await violations()).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links the sections', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('main').locator('a[href="/articles/the-2023-journey/"]')).toBeVisible();
  });
});

test('the 404 page offers search and the sections', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('Pyongyang');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Pyongyang$/);
  await expect(page.locator('.search-results a').first()).toBeVisible();
});
