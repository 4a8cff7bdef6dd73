/**
 * One browser page per Playwright worker, shared by the tests that visit every page of
 * the site: opening a page per test costs more than the checks themselves on two cores.
 * Each test still gets its own record of CSP violations and console errors.
 */
import { expect, test as base, type Page } from '@playwright/test';

export interface PageProblems {
  cspViolations: string[];
  consoleErrors: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records `securitypolicyviolation` events from the very start of every document. */
function listenForCspViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations?.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

export const test = base.extend<{ problems: PageProblems }, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      // axe needs a page from a context the test made; the context takes the configured baseURL.
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL ? { baseURL } : {});
      const page = await context.newPage();
      await page.addInitScript(listenForCspViolations);
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  problems: async ({ sharedPage }, use) => {
    const problems: PageProblems = { cspViolations: [], consoleErrors: [] };
    const onConsole = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    };
    const onPageError = (error: Error) => problems.consoleErrors.push(error.message);
    sharedPage.on('console', onConsole);
    sharedPage.on('pageerror', onPageError);
    await use(problems);
    sharedPage.off('console', onConsole);
    sharedPage.off('pageerror', onPageError);
  },
});

/**
 * Opens a page and brings everything that loads late into the document, so the checks see
 * the whole page: it scrolls to the end and back, and reaches for each interactive map as
 * a reader does (the pointer over it), waits for it to be drawn and opens a stop's popup.
 * A map that does not load fails the check: the page-wide gates claim to cover it.
 */
export async function loadWholePage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path, { waitUntil: 'load' });
  if (!response || !response.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  for (const map of await page.locator('route-map').all()) {
    await map.scrollIntoViewIfNeeded();
    await map.hover();
    await expect(map, `the interactive map on ${path}`).toHaveAttribute('data-ready', 'true');
    const marker = map.locator('.map-stop').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = map.locator('.leaflet-popup');
    await expect(popup, `a popup on ${path}`).toBeVisible();
    // Leaflet fades popups in: colours are judged once it is fully drawn.
    await expect(popup).toHaveCSS('opacity', '1');
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
}

export async function collectCspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ['the CSP listener was not installed']);
}
