import { expect, test, type Page } from './support/test.ts';
import AxeBuilder from '@axe-core/playwright';
import { readTripFiles } from '../support/tripFiles.ts';
import { modeFilterValues, type TravelMode } from '../../src/lib/trips/tripFilterOptions.ts';

/**
 * The timeline of trips on the home page, its half of the 'trip-select' contract with the
 * route map, and the page of each trip. The map's half is in timelineMapSync.spec.ts.
 */
const trips = readTripFiles();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const timeline = (page: Page) => page.locator('trip-timeline');
const entry = (page: Page, slug: string) => page.locator(`#trip-${slug}`);
const chooser = (page: Page, title: string) => timeline(page).getByRole('button', { name: title, exact: true });

/** Every 'trip-select' event the page sees, in order, from before any script runs. */
async function recordTripSelectEvents(page: Page) {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    Object.assign(window, { tripSelectEvents: seen });
    document.addEventListener('trip-select', (event) => seen.push((event as CustomEvent).detail));
  });
}
const recordedEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { tripSelectEvents: unknown[] }).tripSelectEvents);

test('there are trips to test', () => {
  expect(trips.length).toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every trip and its details are readable in the timeline', async ({ page }) => {
    await page.goto('/trips/');
    // Filters need the script: without it they are not offered at all.
    await expect(timeline(page).getByLabel('Leader')).toBeHidden();
    const items = timeline(page).getByRole('listitem');
    await expect(items).toHaveCount(trips.length);
    for (const trip of trips) {
      const item = entry(page, trip.slug);
      // Trip titles sit under their leader's group heading.
      await expect(item.getByRole('heading', { level: 4 })).toHaveText(trip.title);
      await expect(item.locator('time[datetime]').first()).toBeVisible();
      await expect(item).toContainText(trip.summary.trim());
      await expect(item).toContainText(/Kim (Il Sung|Jong Il|Jong Un)/);
      await expect(item).toContainText(/By train|By air|Mode not reported/);
      await expect(item).toContainText('Verification:');
      await expect(item.locator(`a[href="/trips/${trip.slug}/"]`)).toBeVisible();
    }
    // Filters and choice buttons need the script; nothing half-working is shown without it.
    await expect(timeline(page).getByRole('combobox')).toHaveCount(0);
    await expect(timeline(page).getByRole('button')).toHaveCount(0);
  });

  test('a trip page is complete', async ({ page }) => {
    const trip = trips[0]!;
    await page.goto(`/trips/${trip.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trip.title);
    await expect(page.locator('main')).toContainText(trip.summary.trim());
    await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
  });
});

for (const trip of trips) {
  test(`${trip.slug}: its page is linked from the timeline and links back to its entry`, async ({ page }) => {
    await page.goto('/trips/');
    await entry(page, trip.slug)
      .getByRole('link', { name: `Sources and details for ${trip.title}`, exact: true })
      .click();
    await expect(page).toHaveURL(`/trips/${trip.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trip.title);
    await page.getByRole('link', { name: 'See this trip in the timeline' }).click();
    await expect(page).toHaveURL(`/trips/#trip-${trip.slug}`);
    await expect(page.locator(':target')).toHaveAttribute('id', `trip-${trip.slug}`);
    await expect(entry(page, trip.slug)).toBeInViewport();
  });
}

test('a trip page cites its sources on the sources page', async ({ page }) => {
  await page.goto(`/trips/${trips[0]!.slug}/`);
  const cite = page.locator('sup.cite a').first();
  await expect(cite).toHaveText('[1]');
  await cite.click();
  await page.locator(':target').getByRole('link', { name: 'See the passage' }).click();
  // A seed document's passage is on /sources/, a report's on the page of its decade (or of the undated reports).
  await expect(page).toHaveURL(/\/sources\/(?:\d{4}s\/|date-not-known\/)?#passage-[a-z0-9-]+$/);
  await expect(page.locator(':target blockquote')).toBeVisible();
});

test('previous and next walk through the trips in timeline order', async ({ page }) => {
  await page.goto('/trips/');
  const order = await timeline(page)
    .locator('li[data-slug]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['slug']));
  await page.goto(`/trips/${order[0]}/`);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  const walked = [order[0]];
  while ((await page.locator('a[rel="next"]').count()) > 0) {
    const next = await page.locator('a[rel="next"]').getAttribute('href');
    await page.locator('a[rel="next"]').click();
    // Read the next page only once it has replaced this one.
    await page.waitForURL((url) => url.pathname === next);
    walked.push(new URL(page.url()).pathname.split('/')[2]);
  }
  expect(walked).toEqual(order);
  if (order.length > 1) {
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(`/trips/${order.at(-2)}/`);
  }
});

test('the choice is a button named by the trip title alone, reached with Tab and pressed with Enter', async ({
  page,
}) => {
  await recordTripSelectEvents(page);
  await page.goto('/trips/');
  const first = await firstInTimeline(page);
  await timeline(page).locator('select').last().focus();
  await page.keyboard.press('Tab');
  const button = chooser(page, first.title);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(`/trips/?trip=${first.slug}`);
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL('/trips/');
  expect(await recordedEvents(page)).toEqual([
    { slug: first.slug, origin: 'timeline' },
    { slug: null, origin: 'timeline' },
  ]);
});

async function firstInTimeline(page: Page) {
  const slug = await timeline(page).locator('li[data-slug]').first().getAttribute('data-slug');
  return trips.find((trip) => trip.slug === slug)!;
}

test('choosing each trip marks it alone as chosen and writes it in the address', async ({ page }) => {
  test.setTimeout(30_000 + trips.length * 2_000);
  await page.goto('/trips/');
  for (const trip of trips) {
    await chooser(page, trip.title).click();
    await expect(page).toHaveURL(`/trips/?trip=${trip.slug}`);
    await expect(timeline(page).locator('[aria-pressed="true"]')).toHaveCount(1);
    await expect(chooser(page, trip.title)).toHaveAttribute('aria-pressed', 'true');
  }
});

test('loading a shared address restores the choice and tells the map', async ({ page }) => {
  test.setTimeout(30_000 + trips.length * 3_000);
  await recordTripSelectEvents(page);
  for (const trip of trips) {
    await page.goto(`/trips/?trip=${trip.slug}`);
    await expect(chooser(page, trip.title)).toHaveAttribute('aria-pressed', 'true');
    await expect(timeline(page).locator('[aria-pressed="true"]')).toHaveCount(1);
    expect(await recordedEvents(page)).toEqual([{ slug: trip.slug, origin: 'url' }]);
  }
});

test('an unknown trip in the address chooses nothing', async ({ page }) => {
  await recordTripSelectEvents(page);
  await page.goto('/trips/?trip=no-such-trip');
  await expect(timeline(page).locator('[aria-pressed="true"]')).toHaveCount(0);
  expect(await recordedEvents(page)).toEqual([]);
});

test('each choice is a step back in history, and Back past the first leaves the page', async ({ page }) => {
  await page.goto('/sources/');
  await page.goto('/trips/');
  const chosen = [0, 1, 2].map((index) => trips[index % trips.length]!);
  for (const trip of chosen) await chooser(page, trip.title).click();
  for (const trip of chosen.slice(0, -1).reverse()) {
    await page.goBack();
    await expect(page).toHaveURL(`/trips/?trip=${trip.slug}`);
    await expect(chooser(page, trip.title)).toHaveAttribute('aria-pressed', 'true');
  }
  await page.goBack();
  await expect(page).toHaveURL('/trips/');
  await expect(timeline(page).locator('[aria-pressed="true"]')).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL('/sources/');
});

test('a trip chosen on the map is highlighted and shown, while the page stays at the map', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 500 });
  await page.goto('/trips/');
  const target = trips.at(-1)!;
  // A filter that hides the trip is cleared, or the highlighted entry could not be seen.
  const otherLeader = trips.find((trip) => trip.leader !== target.leader)?.leader;
  if (otherLeader !== undefined) {
    await timeline(page).getByLabel('Leader').selectOption(otherLeader);
    await expect(entry(page, target.slug)).toBeHidden();
  }
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate((slug) => {
    document.dispatchEvent(new CustomEvent('trip-select', { detail: { slug, origin: 'map' }, bubbles: true }));
  }, target.slug);
  await expect(chooser(page, target.title)).toHaveAttribute('aria-pressed', 'true');
  await expect(entry(page, target.slug)).toBeVisible();
  // On a phone the timeline is far below the map: the reader who chose on the map stays there.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expect(page).toHaveURL(`/trips/?trip=${target.slug}`);
});

test('the map clearing its choice clears the timeline and the address', async ({ page }) => {
  const trip = trips[0]!;
  await page.goto(`/trips/?trip=${trip.slug}`);
  await expect(chooser(page, trip.title)).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => {
    document.dispatchEvent(new CustomEvent('trip-select', { detail: { slug: null, origin: 'map' }, bubbles: true }));
  });
  await expect(timeline(page).locator('[aria-pressed="true"]')).toHaveCount(0);
  await expect(page).toHaveURL('/trips/');
});

test('filters narrow the timeline by leader and by mode, and say how many are shown', async ({ page }) => {
  await page.goto('/trips/');
  const leaderSelect = timeline(page).getByLabel('Leader');
  const modeSelect = timeline(page).getByLabel('Travel');
  const visibleSlugs = () =>
    timeline(page)
      .locator('li[data-slug]:visible')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['slug']).sort());
  const leader = trips[0]!.leader;
  await leaderSelect.selectOption(leader);
  const ofLeader = trips.filter((trip) => trip.leader === leader).map((trip) => trip.slug);
  expect(await visibleSlugs()).toEqual([...ofLeader].sort());
  await expect(timeline(page).getByRole('status')).toHaveText(
    ofLeader.length === trips.length
      ? new RegExp(`^Showing all ${trips.length} trips?\\.$`)
      : `Showing ${ofLeader.length} of ${trips.length} trips.`,
  );
  await leaderSelect.selectOption('');
  await modeSelect.selectOption('train');
  const byTrain = trips.filter((trip) => modeFilterValues(trip.mode as TravelMode).includes('train'));
  expect(await visibleSlugs()).toEqual(byTrain.map((trip) => trip.slug).sort());
  await modeSelect.selectOption('');
  expect(await visibleSlugs()).toHaveLength(trips.length);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the timeline has no axe violations before and after a choice (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/trips/');
    const scan = () => new AxeBuilder({ page }).include('trip-timeline').withTags(WCAG_TAGS).analyze();
    expect((await scan()).violations).toEqual([]);
    await chooser(page, trips[0]!.title).click();
    await expect(chooser(page, trips[0]!.title)).toHaveAttribute('aria-pressed', 'true');
    expect((await scan()).violations).toEqual([]);
  });
}

test('the trips index and a trip page have no axe violations', async ({ page }) => {
  for (const path of ['/trips/', `/trips/${trips[0]!.slug}/`]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations, path).toEqual([]);
  }
});
