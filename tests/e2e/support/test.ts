/**
 * Playwright's test, whose `goto` returns once the page's custom elements are defined, for
 * every page a test opens: the `page` fixture's and those from `browser.newPage`,
 * `browser.newContext` and `context.newPage`. A page's script is requested only once the
 * page is painted (src/lib/page/parkedModules.ts), after the load event that `goto` waits
 * for; a test that reads what a script builds (the timeline's buttons, the map's state) or
 * presses a key the script handles right after `goto` would otherwise race it. What a reader
 * can do before the script arrives is tested on its own (routeMap.spec.ts).
 * `goto` waits only where it waits for the load event, on a page that runs scripts and has a
 * module script: a test that asks for an earlier moment, turns JavaScript off or strips the
 * scripts gets the page as it is.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { elementsDefined } from './elementsDefined.ts';

export * from '@playwright/test';

const waiting = new WeakSet<Page>();

function waitOnGoto(page: Page): Page {
  if (waiting.has(page)) return page;
  waiting.add(page);
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    const waitUntil = options?.waitUntil ?? 'load';
    if (waitUntil !== 'load' && waitUntil !== 'networkidle') return response;
    const scripted = await page
      .evaluate(
        () =>
          matchMedia('(scripting: enabled)').matches &&
          document.querySelector('script[type="module"], script[data-module-after-first-paint]') !== null,
      )
      .catch(() => true);
    if (scripted) await elementsDefined(page);
    return response;
  };
  return page;
}

function waitInContext(context: BrowserContext): BrowserContext {
  const newPage = context.newPage.bind(context);
  context.newPage = async () => waitOnGoto(await newPage());
  return context;
}

export const test = base.extend<object, object>({
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => waitInContext(await newContext(options));
      const newPage = browser.newPage.bind(browser);
      browser.newPage = async (options) => waitOnGoto(await newPage(options));
      await use(browser);
    },
    { scope: 'worker' },
  ],
  page: async ({ page }, use) => {
    await use(waitOnGoto(page));
  },
});
