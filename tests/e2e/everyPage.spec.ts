import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from './support/test.ts';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from './support/test.ts';
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

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

function describe(found: Violations, label: string): string[] {
  return found.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
    return `[${label}] ${violation.id}: ${violation.help} — ${targets}`;
  });
}

/**
 * axe through AxeBuilder: every WCAG rule, in the page and in any frame in it (an embed's
 * preview). Run once per page, at the phone's width.
 */
async function axeWithFrames(page: Page, label: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return describe(violations, label);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe run in the top document only, injected once per load (page.evaluate, which the CSP does
 * not govern) if AxeBuilder has not left it there. The other three runs of a page use it:
 * AxeBuilder injects axe into every frame and gathers results across them on every call,
 * which took two to four times as long as the rules themselves, and the frames were judged
 * in the first run.
 */
async function axeInPage(page: Page, label: string, rules?: string[]): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ rules, tags }) => {
      const axe = (
        window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown }> } }
      ).axe;
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      return (await axe.run(document, { runOnly, iframes: false })).violations as Violations;
    },
    { rules, tags: WCAG_TAGS },
  );
  return describe(violations, label);
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
        const label = `${width}px light`;
        accessibility.push(
          ...(await (width === WIDTHS[0] ? axeWithFrames(sharedPage, label) : axeInPage(sharedPage, label))),
        );
        await sharedPage.emulateMedia({ colorScheme: 'dark' });
        accessibility.push(...(await axeInPage(sharedPage, `${width}px dark`, COLOUR_RULES)));
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
