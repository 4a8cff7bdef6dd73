import { expect, test, type CDPSession, type Page } from './support/test.ts';
import { openHomeMapByTouch } from './support/homeMapByTouch.ts';

/**
 * The interactive map shares the page: on a phone one finger scrolls the page and two move
 * the map; with a mouse the wheel scrolls the page unless Ctrl/⌘ is held or the map was
 * clicked. Gestures go through Chromium's own input pipeline (CDP), as a reader's would.
 */

/** Where the map's markers sit within its box: changes whenever the map pans or zooms. */
async function mapView(page: Page): Promise<string> {
  return page.locator('route-map').evaluate((map) => {
    const frame = map.getBoundingClientRect();
    return [...map.querySelectorAll('.leaflet-marker-pane > *')]
      .map((marker) => {
        const box = marker.getBoundingClientRect();
        return `${Math.round(box.left - frame.left)},${Math.round(box.top - frame.top)}`;
      })
      .join(' ');
  });
}

async function loadMapByTouch(page: Page): Promise<void> {
  const map = await openHomeMapByTouch(page);
  // The map's top near the top of the screen, with page left to scroll below it.
  await map.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 40));
  await page.waitForTimeout(300);
}

async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('route-map').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function touchDrag(cdp: CDPSession, fingers: { x: number; y: number }[], dy: number): Promise<void> {
  const points = (step: number) => fingers.map((finger) => ({ x: finger.x, y: finger.y + (dy * step) / 10 }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let step = 1; step <= 10; step += 1) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(step) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a one-finger swipe over the loaded map scrolls the page, leaves the map still and shows a hint', async ({
    page,
  }) => {
    await loadMapByTouch(page);
    const before = await mapView(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const centre = await mapCentre(page);
    const cdp = await page.context().newCDPSession(page);
    await touchDrag(cdp, [centre], -300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 150);
    expect(await mapView(page)).toBe(before);
    await expect(page.locator('route-map').getByText(/two fingers/i)).toBeVisible();
  });

  test('two fingers move the map and leave the page where it is', async ({ page }) => {
    await loadMapByTouch(page);
    const before = await mapView(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const centre = await mapCentre(page);
    const cdp = await page.context().newCDPSession(page);
    await touchDrag(
      cdp,
      [
        { x: centre.x - 40, y: centre.y - 60 },
        { x: centre.x + 40, y: centre.y - 60 },
      ],
      120,
    );
    await expect.poll(() => mapView(page)).not.toBe(before);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(5);
  });
});

test.describe('with a mouse', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the wheel over the map scrolls the page; with Ctrl held, or once the map is clicked, it zooms', async ({
    page,
  }) => {
    await page.goto('/trips/');
    const map = page.locator('route-map');
    await map.scrollIntoViewIfNeeded();
    await map.hover();
    await expect(map).toHaveAttribute('data-ready', 'true');
    await map.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 40));
    await page.waitForTimeout(300);
    const centre = await mapCentre(page);
    await page.mouse.move(centre.x, centre.y);

    const before = await mapView(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 100);
    await page.waitForTimeout(400);
    expect(await mapView(page)).toBe(before);
    await expect(map.getByText(/(Ctrl|⌘).*zoom/)).toBeVisible();

    // Ctrl held: the map zooms and the page stays.
    await map.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 40));
    await page.waitForTimeout(300);
    const held = await mapView(page);
    const scrollHeld = await page.evaluate(() => window.scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => mapView(page)).not.toBe(held);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollHeld);

    // Clicked: the plain wheel zooms the map too.
    const landPoint = { x: centre.x - 150, y: centre.y + 150 };
    await page.mouse.click(landPoint.x, landPoint.y);
    await page.waitForTimeout(400);
    const clicked = await mapView(page);
    const scrollClicked = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, -200);
    await expect.poll(() => mapView(page)).not.toBe(clicked);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollClicked);
  });
});
