import { expect, test, type Locator, type Page } from './support/test.ts';
import { pageShowingStopTable } from './support/stopTablePage.ts';

/** The article that shows the rail route with its stop table. */
const STOP_TABLE_PAGE = pageShowingStopTable();

/**
 * Popups on the interactive map open whole: inside the map, clear of its controls, with
 * long content scrolling inside them; a link to a stop opens with its popup whole too.
 * Stops are read from the page's own stop table, so the test holds whatever the route.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** What is wrong with the open popup, or an empty list. */
async function popupProblems(page: Page): Promise<string[]> {
  return page.locator('route-map').evaluate((host) => {
    const frame = host.getBoundingClientRect();
    const popup = host.querySelector('.leaflet-popup-content-wrapper');
    if (!popup) return ['no popup open'];
    const box = popup.getBoundingClientRect();
    const problems: string[] = [];
    if (
      box.top < frame.top - 1 ||
      box.bottom > frame.bottom + 1 ||
      box.left < frame.left - 1 ||
      box.right > frame.right + 1
    ) {
      problems.push(`popup ${Math.round(box.top - frame.top)}..${Math.round(box.bottom - frame.top)} outside the map`);
    }
    for (const control of host.querySelectorAll('.leaflet-control')) {
      const c = control.getBoundingClientRect();
      if (c.width === 0) continue;
      const overlaps = c.left < box.right && c.right > box.left && c.top < box.bottom && c.bottom > box.top;
      if (overlaps) problems.push(`popup under the control "${control.textContent?.trim().slice(0, 20)}"`);
    }
    const content = popup.querySelector<HTMLElement>('.leaflet-popup-content')!;
    if (
      content.scrollHeight > content.clientHeight + 1 &&
      !['auto', 'scroll'].includes(getComputedStyle(content).overflowY)
    ) {
      problems.push('content cut off without a scroll');
    }
    return problems;
  });
}

/** Opens each stop's popup on the loaded map in turn, by keyboard, and lists what is wrong with each. */
async function everyPopupsProblems(page: Page, host: Locator): Promise<string[]> {
  const markers = host.locator('.map-stop');
  const problems: string[] = [];
  for (let index = 0; index < (await markers.count()); index += 1) {
    await markers.nth(index).focus();
    await page.keyboard.press('Enter');
    await expect(host.locator('.leaflet-popup')).toHaveCount(1);
    const name = await host.locator('.map-popup__title').textContent();
    // Auto-panning animates: give it time to settle before judging.
    await expect
      .poll(() => popupProblems(page), { timeout: 3000 })
      .toEqual([])
      .catch(() => undefined);
    problems.push(...(await popupProblems(page)).map((problem) => `${name}: ${problem}`));
    await page.keyboard.press('Escape');
  }
  return problems;
}

async function stopIds(page: Page): Promise<string[]> {
  return page.locator('.stop-table tbody tr[id^="stop-"]').evaluateAll((rows) => rows.map((row) => row.id.slice(5)));
}

test('every stop’s popup opens inside the map, clear of the controls', async ({ page }) => {
  await page.goto('/');
  const host = page.locator('route-map');
  await host.scrollIntoViewIfNeeded();
  await host.locator('.route-map__explore').tap();
  await expect(host).toHaveAttribute('data-ready', 'true');
  expect(await host.locator('.map-stop').count()).toBeGreaterThan(2);
  expect(await everyPopupsProblems(page, host)).toEqual([]);
});

test('a link to a stop opens the map with that stop’s popup whole', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(STOP_TABLE_PAGE);
  const ids = await stopIds(page);
  expect(ids.length).toBeGreaterThan(2);
  const problems: string[] = [];
  for (const id of ids) {
    await page.goto(`${STOP_TABLE_PAGE}#stop-${id}`);
    await page.reload();
    const host = page.locator('route-map');
    await expect(host).toHaveAttribute('data-ready', 'true');
    await expect(host.locator('.leaflet-popup')).toHaveCount(1);
    await expect
      .poll(() => popupProblems(page), { timeout: 3000 })
      .toEqual([])
      .catch(() => undefined);
    problems.push(...(await popupProblems(page)).map((problem) => `#stop-${id}: ${problem}`));
  }
  expect(problems).toEqual([]);
});

test('a trip page’s popup gives the stop’s date and note from the trip’s file', async ({ page }) => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const yaml = (await import('js-yaml')).default;
  type Stop = string | { place: string; date?: string; note?: string };
  const dir = join(process.cwd(), 'content', 'trips');
  const trips = readdirSync(dir).map(
    (name) => yaml.load(readFileSync(join(dir, name), 'utf8')) as { slug: string; stops?: Stop[] },
  );
  const trip = trips.find((entry) =>
    (entry.stops ?? []).some((stop) => typeof stop === 'object' && stop.date?.length === 10 && stop.note),
  )!;
  const stop = trip.stops!.find((entry) => typeof entry === 'object' && entry.date?.length === 10 && entry.note) as {
    place: string;
    date: string;
    note: string;
  };
  const place = yaml.load(readFileSync(join(process.cwd(), 'content', 'places', `${stop.place}.yaml`), 'utf8')) as {
    name: { en: string };
  };
  await page.goto(`/trips/${trip.slug}/`);
  const host = page.locator('route-map');
  await host.hover();
  await expect(host).toHaveAttribute('data-ready', 'true');
  const marker = host.locator('.map-stop').filter({ hasText: place.name.en }).first();
  await marker.focus();
  await page.keyboard.press('Enter');
  const popup = host.locator('.leaflet-popup');
  await expect(popup.locator('.map-popup__title')).toHaveText(new RegExp(`^${place.name.en}`));
  const [year, month, day] = stop.date.split('-').map(Number) as [number, number, number];
  const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  await expect(popup.locator('.map-popup__date').first()).toHaveText(`${day} ${monthName} ${year}`);
  await expect(popup).toContainText(stop.note.trim());
});

test('on a 320 px phone, every popup of the trip that spans most of the globe opens inside the map', async ({
  page,
  request,
}) => {
  // The widest trip opens at the lowest zoom, where its easternmost and westernmost stops sit
  // near the edge of the world: the popup must still find room.
  type Place = { position: [number, number] };
  const data = (await (await request.get('/map-data/routes.json')).json()) as {
    trips: { slug: string; places: Place[] }[];
  };
  const span = (places: Place[]) =>
    Math.max(...places.map((place) => place.position[0])) - Math.min(...places.map((place) => place.position[0]));
  const widest = data.trips.reduce((best, trip) => (span(trip.places) > span(best.places) ? trip : best));
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`/trips/${widest.slug}/`);
  const host = page.locator('route-map');
  await host.scrollIntoViewIfNeeded();
  await host.locator('.route-map__explore').tap();
  await expect(host).toHaveAttribute('data-ready', 'true');
  expect(await everyPopupsProblems(page, host)).toEqual([]);
});
