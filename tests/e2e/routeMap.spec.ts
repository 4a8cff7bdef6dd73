import { expect, test, type Page } from '@playwright/test';

/** The stops of content/routes/rail-2023.yaml, in order. */
const STOPS = [
  'Pyongyang',
  'Hamhung',
  'Chongjin',
  'Rajin',
  'Tumangang',
  'Khasan',
  'Baranovsky',
  'Ussuriysk',
  'Vladivostok',
];
const TRIP = 'kim-jong-un-vladivostok-2019';

async function openMap(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.locator('route-map').scrollIntoViewIfNeeded();
  await expect(page.locator('route-map')).toHaveAttribute('data-ready', 'true');
}

test('the interactive map draws the basemap, the route and a marker for every stop', async ({ page }) => {
  await openMap(page);
  const map = page.locator('route-map');
  await expect(map.locator('path.map-land')).toHaveCount(1);
  await expect(map.locator('path.map-border')).toHaveCount(1);
  expect(await map.locator('path.map-route').count()).toBe(STOPS.length - 1);
  await expect(map.locator('.map-stop')).toHaveCount(STOPS.length);
  await expect(map.locator('.route-map__static--wide')).toBeHidden();
  await expect(map.locator('.leaflet-control-scale')).toBeVisible();
  // Zoom animation is on for readers who have not asked for reduced motion.
  await expect(map.locator('.leaflet-proxy')).toHaveCount(1);
});

test('every marker is reached with Tab and opens its popup with Enter', async ({ page }) => {
  await openMap(page);
  await page.locator('.leaflet-control-zoom-in').focus();
  const reached: string[] = [];
  for (let step = 0; step < 40 && reached.length < STOPS.length; step += 1) {
    await page.keyboard.press('Tab');
    const focused = page.locator('.map-stop:focus');
    if ((await focused.count()) === 0) continue;
    const name = STOPS.find((stop) => stop !== undefined && reached.indexOf(stop) === -1) ?? '';
    await expect(focused).toContainText(name);
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toBeVisible();
    await expect(popup.locator('.map-popup__title')).toContainText(name);
    await expect(popup.locator('.map-popup')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    await expect(focused).toBeFocused();
    reached.push(name);
  }
  expect(reached).toEqual(STOPS);
});

test('the fit control is a button that works from the keyboard', async ({ page }) => {
  await openMap(page);
  const fit = page.getByRole('button', { name: 'Fit whole route' });
  await page.locator('.leaflet-control-zoom-in').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await fit.focus();
  await page.keyboard.press('Enter');
  for (const name of ['Pyongyang', 'Vladivostok']) {
    await expect(page.locator('.map-stop', { hasText: name })).toBeInViewport();
  }
});

test('Leaflet, its CSS and the map data load only when the map nears the viewport', async ({ page }) => {
  // Put the map far below the fold whatever else the home page holds above it.
  await page.route('/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '<section id="route"',
      '<svg width="10" height="6000" aria-hidden="true"></svg><section id="route"',
    );
    await route.fulfill({ response, body: html });
  });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const mapRequests = (): string[] => requested.filter((path) => /leaflet|map-data/i.test(path));
  expect(mapRequests()).toEqual([]);

  await page.locator('route-map').scrollIntoViewIfNeeded();
  await expect(page.locator('route-map')).toHaveAttribute('data-ready', 'true');
  expect(mapRequests().some((path) => /leaflet.*\.js$/.test(path))).toBe(true);
  expect(mapRequests().some((path) => /leaflet.*\.css$/.test(path))).toBe(true);
  expect(mapRequests()).toContain('/map-data/routes.json');
});

test('a link to #stop-ussuriysk opens the page with the map on that stop', async ({ page }) => {
  await page.goto('/#stop-ussuriysk');
  const popup = page.locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  await expect(popup).toContainText('Ussuriysk');
  await expect(page.locator('route-map')).toBeInViewport();
});

test('a trip chosen elsewhere is drawn and fitted; choosing one on the map announces it', async ({ page }) => {
  await openMap(page);
  await page.evaluate(() => {
    (window as unknown as { heard: unknown[] }).heard = [];
    document.addEventListener('trip-select', (event) =>
      (window as unknown as { heard: unknown[] }).heard.push((event as CustomEvent).detail),
    );
  });
  await page.evaluate((slug) => {
    document.dispatchEvent(new CustomEvent('trip-select', { detail: { slug, origin: 'timeline' }, bubbles: true }));
  }, TRIP);
  await expect(page.locator('path.map-trip')).not.toHaveCount(0);
  await expect(page.locator('route-map')).toHaveClass(/route-map--trip-shown/);

  await page.locator('.map-stop', { hasText: 'Vladivostok' }).click();
  await page.getByRole('button', { name: /Show trip: Kim Jong Un by train to Vladivostok/ }).click();
  const heard = await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
  expect(heard).toContainEqual({ slug: TRIP, origin: 'map' });

  await page.evaluate(() => {
    document.dispatchEvent(
      new CustomEvent('trip-select', { detail: { slug: null, origin: 'timeline' }, bubbles: true }),
    );
  });
  await expect(page.locator('path.map-trip')).toHaveCount(0);
});

test('with reduced motion the map does not animate', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);
  // Leaflet builds its zoom-animation proxy only when zoom animation is on.
  await expect(page.locator('route-map .leaflet-proxy')).toHaveCount(0);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('route-map .leaflet-container')).not.toHaveClass(/leaflet-zoom-anim/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the static SVG map and the full stop table are shown', async ({ page }) => {
    await page.goto('/');
    const svg = page.locator('route-map svg.static-map:visible');
    await expect(svg).toHaveCount(1);
    await expect(svg.locator('.static-map__land')).toHaveAttribute('d', /^M/);
    await expect(svg.locator('.static-map__line--rail')).toHaveCount(STOPS.length - 1);
    const rows = page.locator('.stop-table tbody tr');
    await expect(rows).toHaveCount(STOPS.length);
    for (const [index, name] of STOPS.entries()) {
      await expect(rows.nth(index).locator('th')).toContainText(name);
    }
    await expect(page.locator('.figures')).toContainText('approximately 98 kilometers');
    await expect(page.locator('.figures')).toContainText('the arduous 20-hour journey');
  });

  test('the static map keeps its box: the interactive map will take the same space', async ({ page }) => {
    await page.goto('/');
    const box = await page.locator('route-map').boundingBox();
    expect(box).not.toBeNull();
    expect(Math.abs(box!.width - box!.height)).toBeLessThanOrEqual(1);
  });
});
