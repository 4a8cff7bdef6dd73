import { expect, test } from './support/test.ts';
import { openHomeMapByTouch } from './support/homeMapByTouch.ts';

/**
 * On a phone every stop of the map is a touch target of at least 24×24 CSS pixels
 * (WCAG 2.2, 2.5.8 Target Size), measured on the markers as the loaded map draws them.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("every stop marker's hit box is at least 24×24 px", async ({ page }) => {
  const map = await openHomeMapByTouch(page);
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

for (const width of [390, 320]) {
  test(`at ${width} px and the starting zoom, a tap on each stop opens that stop's own popup`, async ({ page }) => {
    // Seventeen stops, each tapped from the starting framing: longer than one page's test.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 844 });
    const map = await openHomeMapByTouch(page);
    const markers = map.locator('.leaflet-marker-pane .map-stop');
    const names = await markers.evaluateAll((elements) =>
      elements.map((element) => element.querySelector('.map-stop__label')?.firstChild?.textContent ?? ''),
    );
    expect(names.length).toBeGreaterThan(5);
    const fit = map.getByRole('button', { name: /^Fit whole/ });
    for (const [index, name] of names.entries()) {
      // Back to the starting framing: the last popup's auto-pan moved the map.
      await fit.tap();
      const marker = markers.nth(index);
      const centre = async () => {
        const box = (await marker.boundingBox())!;
        return `${Math.round(box.x + box.width / 2)},${Math.round(box.y + box.height / 2)}`;
      };
      // Wait for the map to settle: the marker's centre stays put between two reads.
      let last = '';
      await expect.poll(async () => (last === (last = await centre()) ? 'still' : 'moving')).toBe('still');
      // A stop set aside in a crowd too thick for this zoom is not drawn, and not a touch
      // target, until the reader zooms in (the list under the map names it): nothing to tap.
      const setAside = await marker.evaluate((element) => element.classList.contains('map-stop--crowded'));
      if (setAside) continue;
      const frame = (await map.locator('.route-map__leaflet').boundingBox())!;
      const [x, y] = last.split(',').map(Number) as [number, number];
      if (x < frame.x || x > frame.x + frame.width || y < frame.y || y > frame.y + frame.height) continue;
      await page.touchscreen.tap(x, y);
      // The title is the English name, then the native one.
      const title = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
      await expect(map.locator('.leaflet-popup .map-popup__title'), `tap on ${name}`).toHaveText(title);
      await map.locator('.leaflet-popup-close-button').tap();
      await expect(map.locator('.leaflet-popup')).toHaveCount(0);
    }
  });
}
