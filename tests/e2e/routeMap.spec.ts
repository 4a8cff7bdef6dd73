import { expect, test, type Page } from './support/test.ts';
import { MAP_DATA, ROUTE_STOPS, tripThroughARouteStop } from '../support/builtMapData.ts';
import { tripFiles } from './support/contentFiles.ts';
import { pageShowingStopTable } from './support/stopTablePage.ts';
import { elementsDefined } from './support/elementsDefined.ts';

/** The main route's stops, in order, as the build wrote them. */
const STOPS = ROUTE_STOPS.map((stop) => stop.name.en);
const CHOSEN = tripThroughARouteStop();
const TRIP = CHOSEN.slug;
/** A stop in the middle of the line, for links to a stop. */
const MIDDLE_STOP = ROUTE_STOPS[Math.floor(ROUTE_STOPS.length / 2)]!;
/** A trip page with a map; any will do. */
const TRIP_PAGE = `/trips/${tripFiles().at(-1)!.slug}/`;
/** The page where the rail route's map sits with its heading, summary and the timeline that drives it. */
const MAP_PAGE = '/trips/';
/** The article that shows the rail route with its stop table. */
const STOP_TABLE_PAGE = pageShowingStopTable();

async function openMap(page: Page, path = MAP_PAGE): Promise<void> {
  await page.goto(path);
  await page.locator('route-map').hover();
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
  // Start from the last link before the map; the markers come first inside it.
  await page.locator('.route-map__summary a').last().focus();
  const reached: string[] = [];
  for (let step = 0; step < STOPS.length * 4 && reached.length < STOPS.length; step += 1) {
    await page.keyboard.press('Tab');
    const focused = page.locator('.map-stop:focus');
    if ((await focused.count()) === 0) continue;
    const name = STOPS[reached.length]!;
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
  // Without animation each press has finished before the next, so the test reads a settled map.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);
  const frame = page.locator('route-map');
  const inFrame = async (name: string): Promise<boolean> => {
    const box = (await frame.boundingBox())!;
    const marker = (await page.locator('.map-stop', { hasText: name }).boundingBox())!;
    return marker.x >= box.x && marker.x <= box.x + box.width && marker.y >= box.y && marker.y <= box.y + box.height;
  };
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(() => inFrame('Pyongyang')).toBe(false);
  await page.getByRole('button', { name: 'Fit whole route' }).focus();
  await page.keyboard.press('Enter');
  for (const name of STOPS) await expect.poll(() => inFrame(name)).toBe(true);
});

test('Leaflet, its CSS and the map data load only when the reader reaches for the map', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const mapRequests = (): string[] => requested.filter((path) => /leaflet|map-data/i.test(path));
  // A trip page, where the map is in the first screen: being in view is not enough.
  await page.goto(TRIP_PAGE);
  await expect(page.locator('route-map')).toBeInViewport();
  await page.waitForLoadState('networkidle');
  expect(mapRequests()).toEqual([]);
  await expect(page.locator('route-map svg.static-map:visible')).toHaveCount(1);

  await page.locator('route-map').hover();
  await expect(page.locator('route-map')).toHaveAttribute('data-ready', 'true');
  expect(mapRequests().some((path) => /leaflet.*\.js$/.test(path))).toBe(true);
  expect(mapRequests().some((path) => /leaflet.*\.css$/.test(path))).toBe(true);
  expect(mapRequests()).toContain('/map-data/routes.json');
});

test('the "Explore the map" button opens the interactive map by keyboard and hands it the focus', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Explore the map' });
  await button.focus();
  await expect(page.locator('route-map')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('route-map .leaflet-container')).toBeFocused();
  await expect(button).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.locator('.map-stop').first()).toBeFocused();
});

test('choosing a trip in the timeline loads the map with that trip on it', async ({ page }) => {
  await page.goto(MAP_PAGE);
  await elementsDefined(page);
  await page.evaluate((slug) => {
    document.dispatchEvent(new CustomEvent('trip-select', { detail: { slug, origin: 'timeline' }, bubbles: true }));
  }, TRIP);
  await expect(page.locator('route-map')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('path.map-trip')).not.toHaveCount(0);
});

for (const path of [STOP_TABLE_PAGE, '/']) {
  test(`a link to ${path}#stop-… opens the page with the map on that stop`, async ({ page }) => {
    // The home page's old stop links are sent on to the page that now has the stop table.
    await page.goto(`${path}#stop-${MIDDLE_STOP.id}`);
    await expect(page).toHaveURL(`${STOP_TABLE_PAGE}#stop-${MIDDLE_STOP.id}`);
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toBeVisible();
    await expect(popup).toContainText(MIDDLE_STOP.name.en);
    await expect(page.locator('route-map')).toBeInViewport();
  });
}

test('a trip chosen elsewhere is drawn alone; one chosen on the map is drawn and announced', async ({ page }) => {
  const trip = MAP_DATA.trips.find((candidate) => candidate.slug === TRIP)!;
  await openMap(page);
  await page.evaluate(() => {
    (window as unknown as { heard: unknown[] }).heard = [];
    document.addEventListener('trip-select', (event) =>
      (window as unknown as { heard: unknown[] }).heard.push((event as CustomEvent).detail),
    );
  });
  const choose = (slug: string | null) =>
    page.evaluate((chosen) => {
      document.dispatchEvent(
        new CustomEvent('trip-select', { detail: { slug: chosen, origin: 'timeline' }, bubbles: true }),
      );
    }, slug);
  const stops = page.locator('route-map .map-stop');

  // The trip's places are the map's stops while it is shown; the rail route's stations come back after.
  await choose(TRIP);
  await expect(page.locator('path.map-trip')).not.toHaveCount(0);
  await expect(page.locator('route-map')).toHaveClass(/route-map--trip-shown/);
  await expect(stops).toHaveCount(trip.places.length);
  await choose(null);
  await expect(page.locator('path.map-trip')).toHaveCount(0);
  await expect(stops).toHaveCount(STOPS.length);

  // By keyboard, from a station's popup.
  await page.locator('.map-stop', { hasText: CHOSEN.stopName }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: `Show trip: ${CHOSEN.title}`, exact: true }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard))
    .toContainEqual({ slug: TRIP, origin: 'map' });
  await expect(page.locator('path.map-trip')).not.toHaveCount(0);
  await expect(stops).toHaveCount(trip.places.length);
  await expect(page.locator('route-map [aria-live]').first()).toContainText(CHOSEN.title);
  // The popup went with the station: the focus stays in the map rather than falling to the page.
  await expect(page.locator('route-map .leaflet-container')).toBeFocused();
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
    await page.goto(STOP_TABLE_PAGE);
    const svg = page.locator('route-map svg.static-map:visible');
    await expect(svg).toHaveCount(1);
    // Nothing to explore without a script to load the interactive map.
    await expect(page.locator('.route-map__explore')).toBeHidden();
    await expect(svg.locator('.static-map__land')).toHaveAttribute('d', /^M/);
    await expect(svg.locator('.static-map__line--rail')).toHaveCount(STOPS.length - 1);
    const rows = page.locator('.stop-table tbody tr');
    await expect(rows).toHaveCount(STOPS.length);
    for (const [index, name] of STOPS.entries()) {
      await expect(rows.nth(index).locator('th')).toContainText(name);
    }
    for (const figure of MAP_DATA.route.figures) await expect(page.locator('.figures')).toContainText(figure.words);
  });

  test('the static map keeps its box: the interactive map will take the same space', async ({ page }) => {
    await page.goto('/');
    const box = await page.locator('route-map').boundingBox();
    expect(box).not.toBeNull();
    expect(Math.abs(box!.width - box!.height)).toBeLessThanOrEqual(1);
  });
});

test('the map shows where the keyboard focus is once it takes it', async ({ page }) => {
  await page.goto(TRIP_PAGE);
  await page.locator('.site-header a').last().focus();
  // Tab on to the "Explore the map" button, which gives way to the map (and its focus) once loaded.
  const onMap = () =>
    page.evaluate(() => document.activeElement?.closest('route-map') !== null && document.activeElement !== null);
  for (let presses = 0; presses < 30 && !(await onMap()); presses += 1) await page.keyboard.press('Tab');
  const container = page.locator('route-map .leaflet-container');
  await expect(container).toBeFocused();
  // The ring must be drawn inside the frame (which clips what lies outside it) and above the
  // map's panes (which would cover it): a border on a layer over the whole map.
  const ring = await container.evaluate((node) => {
    const style = getComputedStyle(node, '::after');
    const panes = Math.max(
      ...[...node.querySelectorAll('.leaflet-pane')].map((pane) => Number(getComputedStyle(pane).zIndex) || 0),
    );
    return {
      border: style.borderTopStyle,
      width: parseFloat(style.borderTopWidth),
      position: style.position,
      zIndex: Number(style.zIndex),
      panes,
    };
  });
  expect(ring.border).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.position).toBe('absolute');
  expect(ring.zIndex).toBeGreaterThan(ring.panes);
});

/** Opens the trip page with the map's script refused, reaches for the map, and checks the drawing stays. */
async function reachForMapThatFailsToLoad(page: Page) {
  await page.route(/leafletRouteMap.*\.js$/, (route) => route.abort());
  await page.goto(TRIP_PAGE);
  const map = page.locator('route-map');
  await map.hover();
  await expect(map).not.toHaveAttribute('data-loading');
  await expect(map.locator('svg.static-map:visible')).toHaveCount(1);
  await expect(map).not.toHaveAttribute('data-ready');
  return map;
}

test('when the map fails to load, the reader is told, and the button reloads the page into a working map', async ({
  page,
}) => {
  const map = await reachForMapThatFailsToLoad(page);
  await expect(map).toHaveAttribute('data-failed', 'true');
  await expect(map.locator('[data-announce]')).toHaveText(/could not load.*reload the page/);
  const button = map.getByRole('button', { name: 'The map could not load: reload the page' });
  await expect(button).toBeVisible();

  await page.unroute(/leafletRouteMap.*\.js$/);
  await Promise.all([page.waitForEvent('load'), button.click()]);
  await page.mouse.move(0, 0);
  await page.locator('route-map').hover();
  await expect(page.locator('route-map')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('route-map')).not.toHaveAttribute('data-failed');
});

test('a reader who reaches the map before its script arrives gets the map when it does', async ({ page }) => {
  // Hold the page's script back until the reader has tabbed to the map's button.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/TripElementsScript[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(MAP_PAGE, { waitUntil: 'domcontentloaded' });
  const host = page.locator('route-map');
  await host.locator('.route-map__explore').focus();
  expect(await host.evaluate((element) => element.matches(':defined'))).toBe(false);
  release();
  await expect(host).toHaveAttribute('data-ready', 'true');
});
