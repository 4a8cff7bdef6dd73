import { expect, test, type Locator, type Page } from './support/test.ts';
import AxeBuilder from '@axe-core/playwright';
import { readTripFiles, type TripFile } from '../support/tripFiles.ts';
import { itineraryPlaceIds } from '../../src/lib/trips/tripItinerary.ts';
import { homeRoute, placeName } from './support/contentFiles.ts';

/**
 * Choosing a trip in the timeline on /trips/ switches the whole map to it, as a reader on a
 * phone or a desktop sees it: the map's heading and accessible name become the trip's title,
 * the stop list under it lists the trip's places, and the only place names drawn on the map
 * are the trip's (none left over from the rail route). Each choice is a step in the browser's
 * history: Back brings back the trip shown before and the reader's place in the list, Forward
 * chooses again. Expectations come from content/ (trips, places, the home route).
 */
const SCREENS = [
  { name: 'a 390 px phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, phone: true },
  { name: 'a 1280 px screen', viewport: { width: 1280, height: 900 }, hasTouch: false, isMobile: false, phone: false },
];

type TripWithReturn = TripFile & { returnTo?: string };

/** A trip's places in travel order, each once, by their English names. */
function tripPlaceNames(trip: TripWithReturn): string[] {
  const ids = itineraryPlaceIds({
    origin: trip.origin,
    destination: trip.destination,
    // Only the places matter here, not the dates the file gives them.
    stops: (trip.stops ?? []).map((stop) => (typeof stop === 'string' ? stop : stop.place)),
    returnTo: trip.returnTo,
  });
  return [...new Set(ids)].map(placeName);
}

const trips = (readTripFiles() as TripWithReturn[]).map((trip) => ({ ...trip, names: tripPlaceNames(trip) }));
// The two trips with the most places: the most names to get right, and the farthest from the rail route.
const [first, second] = [...trips].sort((a, b) => b.names.length - a.names.length);
const route = homeRoute();
const routeNames = [...new Set(route.stops)].map(placeName);

const chooser = (page: Page, title: string) =>
  page.locator('trip-timeline').getByRole('button', { name: title, exact: true });
const mapSection = (page: Page) => page.locator('#route');
const mapHeading = (page: Page) => mapSection(page).getByRole('heading', { level: 2 });
const stopList = (page: Page) => mapSection(page).getByRole('list', { name: /stops/i });

interface NameBox {
  text: string;
  kind: 'stop' | 'area';
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every name a reader can see on the live map, stops' and areas' alike, with its box. */
async function namesOnMap(page: Page): Promise<NameBox[]> {
  return page.locator('route-map .leaflet-container').evaluate((container) => {
    const frame = container.getBoundingClientRect();
    const seen = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      const inFrame =
        box.right > frame.left && box.left < frame.right && box.bottom > frame.top && box.top < frame.bottom;
      return inFrame && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    };
    // A stop's name is its own text; its Korean or Russian line is part of the box, not the name.
    const ownText = (element: Element): string =>
      [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim() || (element.textContent ?? '').trim();
    const box = (element: Element, kind: NameBox['kind']): NameBox => {
      const rect = element.getBoundingClientRect();
      return { text: ownText(element), kind, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    };
    return [
      ...[...container.querySelectorAll('.map-stop__label, .leaflet-tooltip')].filter(seen).map((e) => box(e, 'stop')),
      ...[...container.querySelectorAll('.map-area-label__text')].filter(seen).map((e) => box(e, 'area')),
    ];
  });
}

/** Waits until the map draws names, all of them among `allowed`; returns the stops' names shown. */
async function expectOnlyTheseNames(page: Page, allowed: readonly string[]): Promise<void> {
  await expect
    .poll(async () => {
      const stops = (await namesOnMap(page)).filter((name) => name.kind === 'stop').map((name) => name.text);
      return { anyShown: stops.length > 0, notOnTheTrip: stops.filter((name) => !allowed.includes(name)) };
    })
    .toEqual({ anyShown: true, notOnTheTrip: [] });
}

/** The boxes of names that overlap (by more than a pixel, for rounding). */
function overlapping(names: readonly NameBox[]): string[] {
  const problems: string[] = [];
  for (const [index, a] of names.entries()) {
    for (const b of names.slice(index + 1)) {
      const apart = a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
      if (!apart) problems.push(`"${a.text}" / "${b.text}"`);
    }
  }
  return problems;
}

async function expectMapShows(page: Page, title: string, names: readonly string[]): Promise<void> {
  await expect(mapHeading(page)).toHaveText(title);
  await expect(page.getByRole('figure', { name: title, exact: true })).toBeVisible();
  await expect(stopList(page).getByRole('listitem')).toHaveText([...names]);
  await expectOnlyTheseNames(page, names);
  // The legend and notes speak of the trip shown, not of the rail route it replaced.
  await expect(mapSection(page).locator('[data-route-only]:visible')).toHaveCount(0);
  await expect(mapSection(page).locator('[data-trip-only]').first()).toBeVisible();
}

/** The element with the keyboard focus is this one, and on screen. */
async function expectFocusedInView(locator: Locator): Promise<void> {
  await expect(locator).toBeFocused();
  await expect(locator).toBeInViewport();
}

for (const screen of SCREENS) {
  test.describe(`on ${screen.name}`, () => {
    test.use({ viewport: screen.viewport, hasTouch: screen.hasTouch, isMobile: screen.isMobile });

    test('choosing trips switches the map; Back and Forward step through the choices', async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/trips/');
      const choose = async (title: string) => {
        const button = chooser(page, title);
        await button.scrollIntoViewIfNeeded();
        if (screen.phone) await button.tap();
        else await button.click();
      };

      await choose(first!.title);
      await expect(page).toHaveURL(`/trips/?trip=${first!.slug}`);
      await expectMapShows(page, first!.title, first!.names);
      if (screen.phone) {
        // The map is screens away from the list: the reader is taken to it, and offered the way back.
        await expectFocusedInView(mapHeading(page));
        await mapSection(page).getByRole('link', { name: 'Back to the list' }).tap();
        await expectFocusedInView(chooser(page, first!.title));
      } else {
        await expectFocusedInView(chooser(page, first!.title));
        await expect(mapHeading(page)).toBeInViewport();
      }

      await choose(second!.title);
      await expect(page).toHaveURL(`/trips/?trip=${second!.slug}`);
      await expectMapShows(page, second!.title, second!.names);

      await page.goBack();
      await expect(page).toHaveURL(`/trips/?trip=${first!.slug}`);
      await expectMapShows(page, first!.title, first!.names);
      await expect(chooser(page, first!.title)).toHaveAttribute('aria-pressed', 'true');
      // Back to where the reader was in the list when they chose the next trip.
      await expectFocusedInView(chooser(page, second!.title));

      await page.goBack();
      await expect(page).toHaveURL('/trips/');
      await expect(mapHeading(page)).toHaveText(route.title);
      await expect(stopList(page).getByRole('listitem')).toHaveText(routeNames);
      await expect(page.locator('trip-timeline [aria-pressed="true"]')).toHaveCount(0);
      await expectFocusedInView(chooser(page, first!.title));

      await page.goForward();
      await expect(page).toHaveURL(`/trips/?trip=${first!.slug}`);
      await expectMapShows(page, first!.title, first!.names);
      await expect(chooser(page, first!.title)).toHaveAttribute('aria-pressed', 'true');
    });

    test('no two names on the map overlap after choosing trips', async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/trips/');
      const titles = await page.locator('trip-timeline .timeline__choose').allTextContents();
      expect(titles.length).toBeGreaterThan(5);
      // A handful spread over the whole list, the first and the last among them.
      const step = Math.floor((titles.length - 1) / 5);
      const sample = [0, 1, 2, 3, 4, 5].map((index) => titles[Math.min(index * step, titles.length - 1)]!.trim());
      const problems: string[] = [];
      for (const title of sample) {
        const trip = trips.find((candidate) => candidate.title === title)!;
        const button = chooser(page, title);
        await button.scrollIntoViewIfNeeded();
        if (screen.phone) await button.tap();
        else await button.click();
        await expect(mapHeading(page)).toHaveText(title);
        await expectOnlyTheseNames(page, trip.names);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        problems.push(...overlapping(await namesOnMap(page)).map((pair) => `${title}: ${pair}`));
      }
      expect(problems).toEqual([]);
    });

    test('by keyboard: Tab to a trip, Enter, and the focus and the accessibility tree follow', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/trips/');
      let title = '';
      for (let presses = 0; presses < 200 && !title; presses += 1) {
        await page.keyboard.press('Tab');
        title = await page.evaluate(() =>
          document.activeElement?.matches('trip-timeline .timeline__choose')
            ? document.activeElement.textContent.trim()
            : '',
        );
      }
      expect(title, 'Tab reaches a trip in the timeline').not.toBe('');
      const trip = trips.find((candidate) => candidate.title === title)!;
      await page.keyboard.press('Enter');
      await expect(mapHeading(page)).toHaveText(title);
      if (screen.phone) await expectFocusedInView(mapHeading(page));
      else await expectFocusedInView(chooser(page, title));
      await expect(chooser(page, title)).toHaveAttribute('aria-pressed', 'true');
      const tree = await mapSection(page).ariaSnapshot();
      expect(tree).toContain(`figure "${title}"`);
      expect(tree).toContain(`heading "${title}" [level=2]`);
      await expect(mapSection(page).locator('[aria-live]').first()).toContainText(title);
      await expect(stopList(page).getByRole('listitem')).toHaveText(trip.names);
      await expect(page.locator('route-map .leaflet-container').first()).toHaveAccessibleName(
        new RegExp(escape(title)),
      );
      // What the choice put round the map (the trip's links, its stop list) passes the checks the page does.
      const { violations } = await new AxeBuilder({ page })
        .include('#route')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' | ')}`),
      ).toEqual([]);
    });
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a link to a trip’s entry in the timeline lands with the trip chosen and shown', async ({ page }) => {
  await page.goto(`/trips/#trip-${second!.slug}`);
  await expect(chooser(page, second!.title)).toHaveAttribute('aria-pressed', 'true');
  await expect(mapHeading(page)).toHaveText(second!.title);
  await expect(stopList(page).getByRole('listitem')).toHaveText(second!.names);
  // The reader stays at the entry the link points at.
  await expect(page.locator(`#trip-${second!.slug}`)).toBeInViewport();
});
