import { expect, test } from '@playwright/test';

/**
 * On a phone every stop of the map is a touch target of at least 24×24 CSS pixels
 * (WCAG 2.2, 2.5.8 Target Size), measured on the markers as the loaded map draws them.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("every stop marker's hit box is at least 24×24 px", async ({ page }) => {
  await page.goto('/');
  const map = page.locator('route-map');
  await map.scrollIntoViewIfNeeded();
  await map.locator('.route-map__explore').tap();
  await expect(map).toHaveAttribute('data-ready', 'true');
  const markers = map.locator('.leaflet-marker-pane .map-stop');
  expect(await markers.count()).toBeGreaterThan(1);
  const sizes = await markers.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { name: element.textContent, width: box.width, height: box.height };
    }),
  );
  for (const size of sizes) {
    expect(size.width, `${size.name} width`).toBeGreaterThanOrEqual(24);
    expect(size.height, `${size.name} height`).toBeGreaterThanOrEqual(24);
  }
});
