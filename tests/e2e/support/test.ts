/**
 * Playwright's test, whose `page.goto` returns once the page's custom elements are defined.
 * A page's script is requested only once the page is painted (src/lib/page/parkedModules.ts),
 * after the load event that `goto` waits for; a test that reads what a script builds (the
 * timeline's buttons, the map's state) right after `goto` would otherwise race it. What a
 * reader can do before the script arrives is tested on its own (scriptFiles.spec.ts).
 * Only `goto` waits, and only where it waits for the load event: a test that asks for an
 * earlier moment, or turns JavaScript off, gets the page as it is.
 */
import { test as base } from '@playwright/test';
import { elementsDefined } from './elementsDefined.ts';

export * from '@playwright/test';

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      const waitUntil = options?.waitUntil ?? 'load';
      if (javaScriptEnabled !== false && (waitUntil === 'load' || waitUntil === 'networkidle')) {
        await elementsDefined(page);
      }
      return response;
    };
    await use(page);
  },
});
