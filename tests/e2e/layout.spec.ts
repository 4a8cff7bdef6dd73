import { readFileSync } from 'node:fs';
import { expect, test } from './support/test.ts';
import { readYaml } from '../../src/lib/content/readYaml.ts';

/** The home page's headline, as editors wrote it in content/pages/home.mdx. */
const HOME_TITLE = (
  readYaml(readFileSync('content/pages/home.mdx', 'utf8').split(/^---$/m)[1] ?? '') as { title: string }
).title;

test('the home page leads with its headline and lists the sections from content/articles', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_TITLE);
  const sections = page.getByRole('region', { name: 'The explainer' }).getByRole('link');
  expect(await sections.count()).toBeGreaterThan(0);
  await sections.first().click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\/$/);
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('the page has banner, navigation, main and contentinfo landmarks', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
});

test('a citation links to its note and the note to the passage on the sources page', async ({ page }) => {
  await page.goto('/articles/the-2023-journey/');
  const firstCite = page.locator('sup.cite a').first();
  await expect(firstCite).toHaveText('[1]');
  await firstCite.click();
  const note = page.locator(':target');
  await expect(note).toContainText('See the passage');
  await note.getByRole('link', { name: 'See the passage' }).click();
  await expect(page).toHaveURL(/\/sources\/#passage-/);
  await expect(page.locator(':target blockquote')).toBeVisible();
});

test('the layout fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/articles/the-2023-journey/', '/sources/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('dark theme follows the reader setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  expect(dark).toBe('rgb(19, 21, 23)');
});
