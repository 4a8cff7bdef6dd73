import { expect, test } from './support/test.ts';
import { expectEachLinksToItself } from './support/linksToThemselves.ts';
import { pageShowingStopTable } from './support/stopTablePage.ts';

/** The timeline is on the trips page; the stop table on the article that shows the rail route. */
const TIMELINE_PAGE = '/trips/';
const STOP_TABLE_PAGE = pageShowingStopTable();

/**
 * Links for journalists: every timeline entry and every stop has a visible control that
 * copies its address, like the article headings; a link to a stop shows both the map and
 * the stop's row. Entries and stops are read from the page, whatever the content.
 */
test('every timeline entry and every stop has a visible link to itself', async ({ page }) => {
  await page.goto(TIMELINE_PAGE);
  await expectEachLinksToItself(page.locator('trip-timeline li[id]'), 1, {
    name: async (entry) => `Link to this trip: ${(await entry.locator('[data-title]').innerText()).trim()}`,
  });
  await page.goto(STOP_TABLE_PAGE);
  await expectEachLinksToItself(page.locator('tr[id^="stop-"]'), 1, {
    name: async (row) => `Link to this stop: ${(await row.locator('.stop-table__name').innerText()).trim()}`,
  });
});

test('the copy controls put the full address on the clipboard, from the timeline and from a popup', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(TIMELINE_PAGE);
  const entry = page.locator('trip-timeline li[id]').first();
  const id = (await entry.getAttribute('id'))!;
  await entry.getByRole('link', { name: /^Link to this trip:/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${TIMELINE_PAGE}#${id}`);
  await expect(entry.getByRole('status')).toHaveText('Link copied');

  await page.goto(STOP_TABLE_PAGE);

  const host = page.locator('route-map');
  await host.hover();
  await expect(host).toHaveAttribute('data-ready', 'true');
  await host.locator('.map-stop').last().focus();
  await page.keyboard.press('Enter');
  const popup = host.locator('.leaflet-popup');
  // From the keyboard, as the popup was opened: a pointer click can land while the map is still
  // panning the popup into view, on the map behind it, which closes the popup.
  await popup.getByRole('link', { name: /copy link to this stop/i }).focus();
  await page.keyboard.press('Enter');
  // The clipboard still holds the timeline's address until the write has finished.
  await expect(popup.getByRole('status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^${baseURL}${STOP_TABLE_PAGE}#stop-[a-z0-9-]+$`));
  await expect(page.locator(new URL(copied).hash)).toHaveCount(1);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`a link to a stop brings the map's popup and the stop's row into view together (${viewport.width} px)`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(viewport);
    await page.goto(STOP_TABLE_PAGE);
    const ids = await page.locator('tr[id^="stop-"]').evaluateAll((rows) => rows.map((row) => row.id));
    let together = 0;
    for (const id of [ids[1]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!]) {
      await page.goto(`${STOP_TABLE_PAGE}#${id}`);
      await page.reload();
      const host = page.locator('route-map');
      await expect(host).toHaveAttribute('data-ready', 'true');
      const popup = host.locator('.leaflet-popup');
      await expect(popup).toBeInViewport({ ratio: 0.99 });
      // The page scrolls the popup and the row into place after the map opens: measure once it rests.
      let previous = -1;
      await expect
        .poll(async () => {
          const now = await page.evaluate(() => window.scrollY);
          const resting = now === previous;
          previous = now;
          return resting;
        })
        .toBe(true);
      // Both, wherever the page has room for the popup and the row at once; the popup
      // (which gives the row's figures) first where it has not.
      const span = await page.evaluate((rowId) => {
        const row = document.getElementById(rowId)!.getBoundingClientRect();
        const open = document.querySelector('route-map .leaflet-popup')!.getBoundingClientRect();
        return Math.max(row.bottom, open.bottom) - Math.min(row.top, open.top);
      }, id);
      if (span + 16 <= viewport.height) {
        await expect(page.locator(`#${id}`)).toBeInViewport({ ratio: 0.99 });
        together += 1;
      }
    }
    // On a phone the map is short enough for a nearby stop's row to share the screen with it.
    if (viewport.width < 500) expect(together, 'stops shown with their row').toBeGreaterThan(0);
  });
}
