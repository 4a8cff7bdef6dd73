import { expect, test } from './support/test.ts';
import { sitemapPaths } from './support/sitemap.ts';
import { pageShowingStopTable } from './support/stopTablePage.ts';

/**
 * On a 320–390 px phone a table too wide for the screen scrolls in its own box. The reader
 * must see that it does (a shadow on the side with more to see), read its whole caption
 * without scrolling, and reach its last column.
 */
test.use({ hasTouch: true, isMobile: true });

interface TableOnPhone {
  caption: string;
  overflows: boolean;
  captionClipped: boolean;
  cue: boolean;
  lastColumnReached: boolean;
}

for (const width of [320, 390]) {
  test(`at ${width} px every table shows it scrolls, keeps its caption in view and lets the reader reach its last column`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 700 });
    const trips = (await sitemapPaths(request)).filter((path) => /^\/trips\/[^/]+\/$/.test(path));
    expect(trips.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const path of [...trips, '/sources/', pageShowingStopTable()]) {
      await page.goto(path);
      const tables: TableOnPhone[] = await page.locator('main table').evaluateAll((elements) =>
        elements.map((table) => {
          const box = table.parentElement!;
          const frame = box.getBoundingClientRect();
          const caption = table.querySelector('caption');
          const captionBox = caption?.getBoundingClientRect();
          const overflows = box.scrollWidth > box.clientWidth + 1;
          // The cue: a shadow drawn on the box that stays put while a cover moves with the content.
          const style = getComputedStyle(box);
          const cue = style.backgroundImage.includes('gradient') && style.backgroundAttachment.includes('local');
          box.scrollLeft = box.scrollWidth;
          const cells = table.querySelectorAll('thead tr > *');
          const last = cells[cells.length - 1]?.getBoundingClientRect();
          const lastColumnReached =
            last === undefined || (last.left >= frame.left - 1 && last.right <= frame.right + 1);
          box.scrollLeft = 0;
          return {
            caption: caption?.textContent?.trim().slice(0, 40) ?? '(no caption)',
            overflows,
            captionClipped:
              captionBox !== undefined && (captionBox.right > frame.right + 1 || captionBox.left < frame.left - 1),
            cue,
            lastColumnReached,
          };
        }),
      );
      for (const table of tables) {
        if (table.captionClipped) problems.push(`${path}: the caption of "${table.caption}" runs past the box`);
        if (table.overflows && !table.cue) problems.push(`${path}: "${table.caption}" scrolls with no cue`);
        if (!table.lastColumnReached) problems.push(`${path}: the last column of "${table.caption}" cannot be reached`);
      }
    }
    expect(problems).toEqual([]);
  });
}
