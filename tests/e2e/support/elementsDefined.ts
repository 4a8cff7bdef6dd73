import { expect, type Page } from '@playwright/test';

/**
 * Waits until every custom element on the page is defined. The page's script is requested
 * only once the page has loaded and been painted (src/lib/page/parkedModules.ts), so a test
 * that talks to an element's script directly (a trip-select event, say) waits for it first.
 * A test that acts as a reader does (a click, a key) needs no such wait.
 */
export async function elementsDefined(page: Page): Promise<void> {
  // A page that sends the reader on (an old address) is replaced mid-question: ask the next one.
  const undefinedElements = () =>
    page.evaluate(() => document.querySelectorAll(':not(:defined)').length).catch(() => Number.NaN);
  await expect.poll(undefinedElements).toBe(0);
}
