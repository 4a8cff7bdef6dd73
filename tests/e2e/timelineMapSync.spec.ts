import { expect, test, type Page } from './support/test.ts';
import { readTripFiles } from '../support/tripFiles.ts';

/**
 * The timeline and the route map on the home page, kept in step by 'trip-select' events.
 * The map is read through Leaflet's own DOM (panes, paths, markers), not through classes
 * of its own, so these tests hold however the map draws its routes.
 */
const trips = readTripFiles();

const chooser = (page: Page, title: string) =>
  page.locator('trip-timeline').getByRole('button', { name: title, exact: true });

interface MapView {
  /** Changes whenever the map pans or zooms. */
  signature: string;
  /** Route lines drawn at full strength and at least partly inside the map's box. */
  strongRoutesInView: number;
}

async function readMapView(page: Page): Promise<MapView> {
  return page
    .locator('route-map')
    .first()
    .evaluate((map) => {
      const frame = map.getBoundingClientRect();
      const pane = map.querySelector<HTMLElement>('.leaflet-map-pane');
      const paths = [...map.querySelectorAll<SVGPathElement>('.leaflet-overlay-pane path')];
      const markers = [...map.querySelectorAll<HTMLElement>('.leaflet-marker-pane > *')];
      const strength = (path: SVGPathElement) => {
        const style = getComputedStyle(path);
        return Number(style.opacity) * Number(style.strokeOpacity);
      };
      // A trip that starts and ends in one place draws a line of no length: where it lies still counts.
      const inFrame = (box: DOMRect) =>
        box.right >= frame.left && box.left <= frame.right && box.bottom >= frame.top && box.top <= frame.bottom;
      return {
        signature: JSON.stringify([
          pane?.style.transform,
          paths.map((path) => path.getAttribute('d')),
          markers.map((marker) => marker.style.transform),
        ]),
        strongRoutesInView: paths.filter((path) => strength(path) >= 0.6 && inFrame(path.getBoundingClientRect()))
          .length,
      };
    });
}

/** A stop as written: a place id, or a place with its date. */
function stopPlace(stop: string | { place: string }): string {
  return typeof stop === 'string' ? stop : stop.place;
}

/** The interactive map loads when the reader points at it. */
async function waitForInteractiveMap(page: Page) {
  await page.locator('route-map').first().hover();
  await expect(page.locator('route-map .leaflet-container').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('route-map .leaflet-overlay-pane path').first()).toBeAttached();
}

test('choosing each trip in the timeline shows its route on the map and writes the address', async ({ page }) => {
  test.setTimeout(30_000 + trips.length * 4_000);
  await page.goto('/trips/');
  await waitForInteractiveMap(page);
  let previousRoute = '';
  for (const trip of trips) {
    const before = await readMapView(page);
    await chooser(page, trip.title).click();
    await expect(page).toHaveURL(`/trips/?trip=${trip.slug}`);
    // Two trips over the same places share a fitted view; any other choice moves the map.
    const route = [trip.origin, ...(trip.stops ?? []).map(stopPlace), trip.destination].join(' ');
    if (route !== previousRoute) {
      await expect.poll(async () => (await readMapView(page)).signature).not.toBe(before.signature);
    }
    await expect.poll(async () => (await readMapView(page)).strongRoutesInView).toBeGreaterThan(0);
    previousRoute = route;
  }
});

test('loading a shared address shows that trip on the map', async ({ page }) => {
  test.setTimeout(30_000 + trips.length * 4_000);
  await page.goto('/trips/');
  await waitForInteractiveMap(page);
  const overview = (await readMapView(page)).signature;
  for (const trip of trips) {
    await page.goto(`/trips/?trip=${trip.slug}`);
    await waitForInteractiveMap(page);
    await expect(chooser(page, trip.title)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await readMapView(page)).signature).not.toBe(overview);
  }
});

test('choosing a trip on the map highlights it in the timeline and writes the address', async ({ page }) => {
  await page.goto('/trips/');
  await waitForInteractiveMap(page);
  // A station's popup lists the trips through it; the first station with one will do.
  const markers = page.locator('route-map .leaflet-marker-pane .leaflet-interactive');
  const tripButton = page.locator('route-map .leaflet-popup').getByRole('button', { name: /^Show trip:/ });
  for (let index = 0; index < (await markers.count()); index += 1) {
    await markers.nth(index).click();
    if ((await tripButton.count()) > 0) break;
  }
  const name = (await tripButton.first().textContent())!.replace(/^Show trip:\s*/, '').trim();
  await tripButton.first().click();
  const chosen = trips.find((trip) => trip.title === name)!;
  await expect(chooser(page, chosen.title)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('trip-timeline [aria-pressed="true"]')).toHaveCount(1);
  await expect(page).toHaveURL(`/trips/?trip=${chosen.slug}`);
});
