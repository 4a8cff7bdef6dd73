import { expect, test } from './support/test.ts';

/**
 * Articles and trips on paper: the static SVG map stands in for the live one, controls
 * and site navigation are gone, and links print their absolute address.
 */
for (const path of ['/articles/the-2023-journey/']) {
  test(`${path} prints with the SVG map, absolute link addresses and no controls`, async ({ page }, testInfo) => {
    await page.goto(path);
    await page.locator('route-map').hover();
    await expect(page.locator('route-map')).toHaveAttribute('data-ready', 'true');
    await page.emulateMedia({ media: 'print' });

    // The page has loaded the live map by now; paper must still get the static drawing.
    const staticMap = page.locator('main figure svg[role="img"]').filter({ visible: true });
    await expect(staticMap).toHaveCount(1);
    expect((await staticMap.boundingBox())!.height).toBeGreaterThan(200);
    for (const liveMap of await page.locator('.leaflet-container').all()) await expect(liveMap).toBeHidden();

    for (const control of ['button', 'details', 'select', 'input', 'textarea', 'copy-button']) {
      const visible = await page.locator(`main ${control}:visible, body > ${control}:visible`).count();
      expect(visible, `${control} visible in print`).toBe(0);
    }
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();

    const citation = page.locator('.cite-this-page__text');
    await expect(citation).toBeVisible();
    const sourceLink = page.locator('main a[href^="/sources/"]').first();
    const printedAddress = await sourceLink.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(printedAddress).toMatch(/^" \(https?:\/\/[^"]+" attr\(href\) "\)"$|\(https?:\/\/[^)]+\/sources\//);

    const screenshot = testInfo.outputPath('print.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    await testInfo.attach('print', { path: screenshot, contentType: 'image/png' });
  });
}

test('the trips page prints every trip title, no filters or script-only controls, and balanced brackets', async ({
  page,
}) => {
  await page.goto('/trips/');
  const titles = await page.locator('trip-timeline li[data-slug]').count();
  expect(titles).toBeGreaterThan(1);
  await page.emulateMedia({ media: 'print' });

  // Each entry's title prints, whether the script made it a button or not.
  const printedTitles = await page
    .locator('trip-timeline li[data-slug] [data-title]')
    .evaluateAll(
      (headings) => headings.filter((heading) => (heading as HTMLElement).innerText.trim().length > 0).length,
    );
  expect(printedTitles).toBe(titles);
  await expect(page.locator('.needs-script').filter({ visible: true })).toHaveCount(0);
  await expect(page.locator('select').filter({ visible: true })).toHaveCount(0);

  // Whatever the print rules add after a source link, its text keeps both brackets.
  const printed = await page
    .locator('.source-link')
    .first()
    .evaluate((link) => {
      const style = (pseudo: string) => getComputedStyle(link, pseudo).content.replace(/^none$|^normal$/, '');
      return `${link.parentElement!.innerText}|${style('::before')}|${style('::after')}`;
    });
  const opened = (printed.match(/\[/g) ?? []).length;
  const closed = (printed.match(/]/g) ?? []).length;
  expect(opened, printed).toBeGreaterThan(0);
  expect(closed, printed).toBe(opened);
});

test('a trip chosen on the trips page is the map that prints', async ({ page }) => {
  await page.goto('/trips/');
  const chooser = page.locator('trip-timeline button[aria-pressed]').first();
  await chooser.click();
  const host = page.locator('route-map');
  await expect(host).toHaveAttribute('data-ready', 'true');
  await expect(host.locator('path.map-trip').first()).toBeAttached();
  // What the browser does when the reader prints.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(host.locator('.route-map__static').filter({ visible: true })).toHaveCount(0);
  const map = host.locator('.leaflet-container');
  await expect(map).toBeVisible();
  await expect(host.locator('path.map-trip').first()).toBeVisible();
  // The map fills the frame on paper, and the chosen trip is inside it.
  const frame = (await host.boundingBox())!;
  const trip = await host.locator('path.map-trip').evaluateAll((paths) => {
    const boxes = paths.map((path) => path.getBoundingClientRect());
    return { left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)) };
  });
  expect(trip.left).toBeGreaterThanOrEqual(frame.x - 1);
  expect(trip.right).toBeLessThanOrEqual(frame.x + frame.width + 1);
  await expect(host.locator('.leaflet-control-container')).toBeHidden();
});

test('the stop table prints whole on A4: every column and the whole caption on the page', async ({ page }) => {
  const { pageShowingStopTable } = await import('./support/stopTablePage.ts');
  // An A4 sheet is 210 mm wide, 794 CSS px; Chromium prints it with about 10 mm margins.
  await page.setViewportSize({ width: 718, height: 1000 });
  await page.goto(pageShowingStopTable());
  await page.emulateMedia({ media: 'print' });
  const table = page.locator('.stop-table table');
  await expect(table).toBeVisible();
  const clipped = await table.evaluate((element) => {
    const box = element.closest('.stop-table')!.getBoundingClientRect();
    const page = document.documentElement.clientWidth;
    const right = Math.min(box.right, page);
    const out: string[] = [];
    const parts = [
      ...element.querySelectorAll('caption, thead th, tbody tr:last-child > *, tfoot td'),
    ] as HTMLElement[];
    for (const part of parts) {
      const rect = part.getBoundingClientRect();
      if (rect.width === 0 || rect.right > right + 1) out.push(`${part.tagName} "${part.innerText.slice(0, 30)}"`);
    }
    // Nothing may be left in a part of the box that paper cannot scroll to.
    const scroller = element.parentElement!;
    if (scroller.scrollWidth > scroller.clientWidth + 1)
      out.push(`the table is ${scroller.scrollWidth} px in a ${scroller.clientWidth} px box`);
    return out;
  });
  expect(clipped).toEqual([]);
});
