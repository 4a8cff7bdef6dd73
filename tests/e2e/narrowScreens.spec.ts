import { expect, test } from './support/test.ts';
import { sitemapPaths } from './support/sitemap.ts';

/**
 * At 320 CSS px (a small phone, or a larger one zoomed to 200%), no page scrolls sideways:
 * a table too wide for the screen scrolls inside its own box, which names itself by the
 * table's caption and can be scrolled from the keyboard.
 */
test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

test('no page scrolls sideways at 320 px; wide tables scroll in their own captioned box', async ({ page, request }) => {
  test.setTimeout(120_000);
  const listed = await sitemapPaths(request);
  expect(listed.length).toBeGreaterThan(5);
  // The embeds are left out of the sitemap, and are read on phones in other sites' pages.
  const embeds = listed.filter((path) => /^\/trips\/[^/]+\/$/.test(path)).map((path) => `/embed${path}`);
  const paths = [...listed, ...embeds, '/embed/map/', '/embed/timeline/'];
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const root = document.documentElement;
      const out: string[] = [];
      if (root.scrollWidth > root.clientWidth + 1) out.push(`page is ${root.scrollWidth} px wide`);
      for (const table of document.querySelectorAll('main table')) {
        if (table.getBoundingClientRect().width <= root.clientWidth) continue;
        const box = table.parentElement!;
        const scrolls = ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
        const caption = table.querySelector('caption');
        const named =
          box.getAttribute('role') === 'region' &&
          caption !== null &&
          box.getAttribute('aria-labelledby') === caption.id &&
          box.tabIndex === 0;
        if (!scrolls || !named) out.push(`table "${caption?.textContent?.trim() ?? '?'}" is wider than the screen`);
      }
      return out;
    });
    problems.push(...found.map((problem) => `${path}: ${problem}`));
  }
  expect(problems).toEqual([]);
});
