import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test.ts';
import { recordCspViolations } from './support/cspViolations.ts';
import { tripFiles } from './support/contentFiles.ts';
import { readYaml } from '../../src/lib/content/readYaml.ts';
import { SEARCH_NAMES_ATTRIBUTE } from '../../src/lib/search/searchNames.ts';

/** A result's link to a page: to its top, or to one of its sections. */
function linkTo(path: string): string {
  return `a[href="${path}"], a[href^="${path}#"]`;
}

test('searching "Ussuriysk" finds the 2023 trip and the article on the journey, within the CSP', async ({ page }) => {
  const violations = await recordCspViolations(page);
  const trip2023 = tripFiles().find((trip) => String(trip.start).startsWith('2023-09'));
  expect(trip2023, 'a trip in content/trips/ starting in September 2023').toBeDefined();

  await page.goto('/search/');
  await page.getByRole('searchbox', { name: /search/i }).fill('Ussuriysk');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toContainText('found for “Ussuriysk”');
  const results = page.locator('.search-results');
  await expect(results.locator(linkTo('/articles/the-2023-journey/'))).toBeVisible();
  await expect(results.locator(linkTo(`/trips/${trip2023!.slug}/`))).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/ussuriysk/i);
  expect(page.url()).toContain('?q=Ussuriysk');
  expect(await violations()).toEqual([]);
});

test('a search address with ?q= shows its results on arrival, with no CSP violation', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto('/search/?q=Pyongyang');
  await expect(page.locator('.search-results').locator(linkTo('/articles/the-2023-journey/'))).toBeVisible();
  await expect(
    page
      .locator('.search-results li', { has: page.locator(linkTo('/articles/the-2023-journey/')) })
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

/** The first result's link for a search, read from the results list. */
async function firstResultLink(page: Page, query: string): Promise<URL> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const link = page.locator('.search-results li h2 a').first();
  await expect(link).toBeVisible();
  return new URL((await link.getAttribute('href'))!, page.url());
}

function placeNamed(name: string): string {
  const folder = join(process.cwd(), 'content/places');
  const id = ['vladivostok', 'vostochny-cosmodrome'].find((candidate) => {
    const place = readYaml(readFileSync(join(folder, `${candidate}.yaml`), 'utf8')) as { name: Record<string, string> };
    return Object.values(place.name).some((value) => value.includes(name));
  });
  if (id === undefined) throw new Error(`no place in content/places/ is named ${name}`);
  return id;
}

test("a result leads to the section that matched, with that section's words in its excerpt", async ({ page }) => {
  const target = await firstResultLink(page, 'Vostochny');
  expect(target.hash, 'the first result links to a section').not.toBe('');
  await page.goto(target.pathname + target.hash);
  const heading = page.locator(target.hash);
  await expect(heading).toBeInViewport();
  await expect(heading).toContainText('Vostochny');
});

test("김정은 finds Kim Jong Un's trips first, where his name is given", async ({ page }) => {
  const pages = tripFiles()
    .filter((trip) => trip.leader === 'kim-jong-un')
    .map((trip) => `/trips/${trip.slug}/`);
  expect(pages.length).toBeGreaterThan(0);
  const target = await firstResultLink(page, '김정은');
  expect(pages).toContain(target.pathname);
  await page.goto(target.pathname + target.hash);
  await expect(page.locator(`[${SEARCH_NAMES_ATTRIBUTE}~="김정은"]`).first()).toBeInViewport();
});

test('Владивосток finds a trip to Vladivostok first, linked to its itinerary', async ({ page }) => {
  const vladivostok = placeNamed('Владивосток');
  const pages = tripFiles()
    .filter((trip) => trip.destination === vladivostok)
    .map((trip) => `/trips/${trip.slug}/`);
  expect(pages.length).toBeGreaterThan(0);
  const target = await firstResultLink(page, 'Владивосток');
  expect(pages).toContain(target.pathname);
  expect(target.hash).not.toBe('');
  await page.goto(target.pathname + target.hash);
  const section = page.locator('section', { has: page.locator(target.hash) });
  await expect(section.locator(`[${SEARCH_NAMES_ATTRIBUTE}~="Владивосток"]`).first()).toBeAttached();
});
