import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PAGE_PATHS } from '../support/builtPages.ts';
import { loadWholePage, test } from '../support/sharedPage.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules axe can check automatically. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

for (const path of PAGE_PATHS) {
  test(`${path} has no WCAG 2.2 A/AA violations in light and dark, at 390 and 1280 px`, async ({ sharedPage }) => {
    const found: string[] = [];
    for (const width of WIDTHS) {
      await sharedPage.setViewportSize({ width, height: 900 });
      await sharedPage.emulateMedia({ colorScheme: 'light' });
      await loadWholePage(sharedPage, path);
      for (const colorScheme of SCHEMES) {
        await sharedPage.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page: sharedPage }).withTags(WCAG_TAGS).analyze();
        for (const violation of violations) {
          const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
          found.push(`[${width}px ${colorScheme}] ${violation.id}: ${violation.help} — ${targets}`);
        }
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}
