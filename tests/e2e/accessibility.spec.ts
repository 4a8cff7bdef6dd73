import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PAGE_PATHS } from '../support/builtPages.ts';
import { loadWholePage, test } from '../support/sharedPage.ts';

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

async function violations(page: Page, label: string, only?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations: found } = await (only ? builder.withRules(only) : builder.withTags(WCAG_TAGS)).analyze();
  return found.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
    return `[${label}] ${violation.id}: ${violation.help} — ${targets}`;
  });
}

for (const path of PAGE_PATHS) {
  test(`${path} has no WCAG 2.2 A/AA violations in light and dark, at 390 and 1280 px`, async ({ sharedPage }) => {
    test.setTimeout(120_000);
    const found: string[] = [];
    for (const width of WIDTHS) {
      await sharedPage.setViewportSize({ width, height: 900 });
      await sharedPage.emulateMedia({ colorScheme: 'light' });
      await loadWholePage(sharedPage, path);
      found.push(...(await violations(sharedPage, `${width}px light`)));
      await sharedPage.emulateMedia({ colorScheme: 'dark' });
      found.push(...(await violations(sharedPage, `${width}px dark`, COLOUR_RULES)));
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}
