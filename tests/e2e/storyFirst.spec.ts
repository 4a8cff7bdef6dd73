import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test.ts';
import { DIST_DIR, PAGE_PATHS } from '../support/builtPages.ts';

/**
 * The story first (EDITORIAL.md): a reader who arrives on the home page sees what happened
 * and a map in the first screen, on a phone and a desktop; the home page points into the
 * story rather than holding its database; every article's story starts within a few
 * screens; and every page says where to learn who makes the site.
 */
const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false },
];

/** The text a reader sees without scrolling: rendered text whose box lies in the first screen. */
async function firstScreenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const seen: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const visible = node.parentElement?.checkVisibility({ visibilityProperty: true }) ?? false;
      if (visible && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight)
        seen.push(node.textContent ?? '');
    }
    return seen.join(' ').replace(/\s+/g, ' ');
  });
}

for (const screen of SCREENS) {
  test.describe(`on a ${screen.name}`, () => {
    test.use({ viewport: screen.viewport, hasTouch: screen.hasTouch, isMobile: screen.isMobile });

    test('the home page names Kim Jong Un, Putin and the 2023 summit, with a map, in its first screen', async ({
      page,
    }) => {
      await page.goto('/');
      const text = await firstScreenText(page);
      expect(text).toContain('Kim Jong Un');
      expect(text).toContain('Putin');
      expect(text).toMatch(/2023/);
      expect(text).toMatch(/summit/i);
      // The map's drawing is on screen, not just its top edge: at least a third of it.
      const map = page.locator('route-map');
      await expect(map).toBeInViewport({ ratio: 0.33 });
    });
  });
}

test('the home page is a front page, not the database: at most 7,000 px on a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(7000);
  // The full timeline and the stop table live on their own pages, linked from here.
  await expect(page.locator('trip-timeline')).toHaveCount(0);
  await expect(page.locator('.stop-table')).toHaveCount(0);
  await expect(page.locator('main a[href="/trips/"]').first()).toBeVisible();
});

const ARTICLES = PAGE_PATHS.filter((path) => /^\/articles\/[^/]+\/$/.test(path));

test('there are articles to read', () => {
  expect(ARTICLES.length).toBeGreaterThan(0);
});

for (const path of ARTICLES) {
  test(`${path}: the story's first paragraph starts within 2.5 screens of a 390 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const first = page.locator('article .prose > p').first();
    await expect(first).toBeVisible();
    const top = await first.evaluate((paragraph) => paragraph.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThanOrEqual(2.5 * 844);
  });
}

test('every page links to the about page and gives the corrections address in its footer', () => {
  expect(PAGE_PATHS.length).toBeGreaterThan(0);
  for (const path of PAGE_PATHS) {
    const html = readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8');
    const footer = /<footer class="site-footer[\s\S]*?<\/footer>/.exec(html)?.[0] ?? '';
    expect(footer, path).toContain('href="/about/"');
    expect(footer, path).toMatch(/href="mailto:[^"@]+@[^"]+"/);
  }
});
