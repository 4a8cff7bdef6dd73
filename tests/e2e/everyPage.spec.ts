import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { PAGE_PATHS } from '../support/builtPages.ts';
import { collectCspViolations, loadWholePage, test } from '../support/sharedPage.ts';

/**
 * The gates every page must pass, checked in one visit per page and width, with the live
 * map loaded and a popup open (loadWholePage): WCAG 2.2 A/AA in light and dark at a phone's
 * width and a desktop's, no Content Security Policy violation, no console error, and no
 * request to any host but the site's own (no tile servers, web fonts, analytics or CDNs).
 * Visiting each page once for all of them, rather than once per gate, keeps the suite fast
 * on two cores.
 */

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules axe can check automatically. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [390, 1280];

/**
 * The dark theme changes colours only (one prefers-color-scheme block of custom
 * properties in global.css): the markup, and so every structural rule, is the same as in
 * the light theme. In dark mode the rules that depend on colour run again; running the
 * whole set twice would double the time on two cores and find nothing new.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axeViolations(page: Page, label: string, only?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations: found } = await (only ? builder.withRules(only) : builder.withTags(WCAG_TAGS)).analyze();
  return found.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
    return `[${label}] ${violation.id}: ${violation.help} — ${targets}`;
  });
}

for (const path of PAGE_PATHS) {
  test(`${path}: WCAG 2.2 A/AA in light and dark at 390 and 1280 px; no CSP violation, console error or request to another host`, async ({
    sharedPage,
    problems,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const ownOrigin = new URL(baseURL!).origin;
    const requestsElsewhere: string[] = [];
    const onRequest = (request: Request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== ownOrigin) requestsElsewhere.push(request.url());
    };
    const accessibility: string[] = [];
    const cspViolations: string[] = [];
    sharedPage.on('request', onRequest);
    try {
      for (const width of WIDTHS) {
        await sharedPage.setViewportSize({ width, height: 900 });
        await sharedPage.emulateMedia({ colorScheme: 'light' });
        await loadWholePage(sharedPage, path);
        cspViolations.push(...(await collectCspViolations(sharedPage)).map((found) => `[${width}px] ${found}`));
        accessibility.push(...(await axeViolations(sharedPage, `${width}px light`)));
        await sharedPage.emulateMedia({ colorScheme: 'dark' });
        accessibility.push(...(await axeViolations(sharedPage, `${width}px dark`, COLOUR_RULES)));
      }
    } finally {
      sharedPage.off('request', onRequest);
    }
    expect({ accessibility, cspViolations, consoleErrors: problems.consoleErrors, requestsElsewhere }).toEqual({
      accessibility: [],
      cspViolations: [],
      consoleErrors: [],
      requestsElsewhere: [],
    });
  });
}
