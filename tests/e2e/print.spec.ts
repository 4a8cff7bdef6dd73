import { expect, test } from '@playwright/test';

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
