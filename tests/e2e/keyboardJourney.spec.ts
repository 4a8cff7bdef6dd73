import { expect, test, type Page } from './support/test.ts';
import { readFile } from 'node:fs/promises';
import { DIST_DIR, PAGE_PATHS } from '../support/builtPages.ts';
import { pageFile } from '../../scripts/lib/quality/builtSite.ts';

/**
 * A reader who cannot use a mouse: from the home page to an article, on to one of its
 * trips, into the trip's map (a marker opened with Enter) and back to the timeline,
 * with nothing but Tab, Shift+Tab and Enter.
 */
// The home page holds the key facts, the map's markers and every trip of the timeline before the sections.
const MAX_TABS = 400;
const ARTICLE = /^\/articles\/[a-z0-9-]+\/$/;
const TRIP = /^\/trips\/[a-z0-9-]+\/$/;

interface Focused {
  path: string | null;
  hash: string | null;
  inMap: boolean;
  marker: boolean;
  description: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    const href = element instanceof HTMLAnchorElement ? new URL(element.href) : null;
    const sameSite = href !== null && href.origin === location.origin;
    return {
      path: sameSite ? href.pathname : null,
      hash: sameSite ? href.hash : null,
      inMap: element?.closest('.leaflet-container') != null,
      marker: element?.closest('.leaflet-marker-icon, .leaflet-interactive') != null,
      description: element ? `${element.localName} "${(element.textContent ?? '').trim().slice(0, 40)}"` : 'nothing',
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element is what `wanted` looks for. */
async function tabTo(page: Page, what: string, wanted: (focus: Focused) => boolean, key = 'Tab'): Promise<Focused> {
  const seen: string[] = [];
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    await page.keyboard.press(key);
    const focus = await focused(page);
    if (wanted(focus)) return focus;
    if (seen.length < 40) seen.push(focus.description);
  }
  throw new Error(`${key} never reached ${what} on ${page.url()}; focus went through: ${seen.join(', ')}`);
}

/** An article whose built page links to a trip page, read from dist/. */
async function articleLinkingToATrip(): Promise<string> {
  for (const path of PAGE_PATHS.filter((candidate) => ARTICLE.test(candidate))) {
    const html = await readFile(pageFile(DIST_DIR, path), 'utf8');
    if (/href="\/trips\/[a-z0-9-]+\/"/.test(html)) return path;
  }
  throw new Error('No article in the build links to a /trips/<slug>/ page');
}

test('home → article → trip → its map → back to the timeline, by keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  const article = await articleLinkingToATrip();

  await page.goto('/');
  await tabTo(page, `the link to ${article}`, (focus) => focus.path === article);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${article}$`));

  const trip = await tabTo(page, 'a link to a trip page', (focus) => TRIP.test(focus.path ?? ''));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${trip.path}$`));

  // The static map's "Explore the map" button loads the interactive map and hands it the focus;
  // from the cache that can happen before the test looks, so the map itself counts as reached.
  await tabTo(
    page,
    'the button that opens the interactive map',
    (focus) => focus.description.startsWith('button "Explore the map') || focus.inMap,
  );
  await expect.poll(async () => (await focused(page)).inMap, { timeout: 15_000 }).toBe(true);
  await tabTo(page, 'a marker on the trip map', (focus) => focus.inMap && focus.marker);
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-popup')).toBeVisible();

  // The map must not trap the focus: Tab leads on out of it to the link back to the timeline.
  await tabTo(page, 'the link back to the timeline', (focus) => focus.path === '/trips/' && Boolean(focus.hash));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/trips\/#.+/);
});
