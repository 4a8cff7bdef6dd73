import { expect, type Locator, type Page } from '@playwright/test';

/** The home page's map, loaded as a phone reader loads it: a tap on "Explore the map". */
export async function openHomeMapByTouch(page: Page): Promise<Locator> {
  await page.goto('/');
  const map = page.locator('route-map');
  await map.scrollIntoViewIfNeeded();
  await map.locator('.route-map__explore').tap();
  await expect(map).toHaveAttribute('data-ready', 'true');
  return map;
}
