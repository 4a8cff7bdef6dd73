import { expect, test, type Locator, type Page } from './support/test.ts';

/**
 * The home page's timeline: grouped by leader, narrowed by leader, mode and country, by
 * keyboard and by touch, with the live map loaded or not. Every expectation is read from
 * the built page (each entry's data-* attributes), so the tests hold as trips are added.
 */

const timeline = (page: Page) => page.locator('trip-timeline').first();
const entries = (page: Page) => timeline(page).locator('li[data-slug]');
const groups = (page: Page) => timeline(page).locator('[data-group]');

type FilterName = 'leader' | 'mode' | 'country';
const ATTRIBUTE: Record<FilterName, string> = { leader: 'leader', mode: 'modes', country: 'countries' };

/** Which entries a filter value should leave, worked out from the build's own attributes. */
async function expectedSlugs(page: Page, filter: FilterName, value: string): Promise<string[]> {
  return entries(page).evaluateAll(
    (items, [attribute, wanted]) =>
      items
        .filter((item) => (item.getAttribute(`data-${attribute}`) ?? '').split(' ').includes(wanted!))
        .map((item) => item.getAttribute('data-slug')!),
    [ATTRIBUTE[filter], value] as const,
  );
}

async function visibleSlugs(page: Page): Promise<string[]> {
  return entries(page).evaluateAll((items) =>
    items.filter((item) => item.checkVisibility()).map((item) => item.getAttribute('data-slug')!),
  );
}

/** The option the reader picks: the first that narrows the list without emptying it. */
async function narrowingOption(page: Page, select: Locator, filter: FilterName) {
  const total = await entries(page).count();
  const options = await select
    .locator('option')
    .evaluateAll((all) => all.map((option) => (option as HTMLOptionElement).value));
  for (const [index, value] of options.entries()) {
    if (value === '') continue;
    const slugs = await expectedSlugs(page, filter, value);
    if (slugs.length > 0 && slugs.length < total) return { index, value, slugs };
  }
  throw new Error(`No ${filter} option narrows the timeline`);
}

/** The count, the entries and the groups all agree with what the filter should leave. */
async function expectFiltered(page: Page, slugs: string[]) {
  const total = await entries(page).count();
  const countText =
    slugs.length === total ? `Showing all ${total} trips.` : `Showing ${slugs.length} of ${total} trips.`;
  await expect(timeline(page).locator('[data-count]')).toHaveText(countText);
  expect(await visibleSlugs(page)).toEqual(slugs);
  for (const group of await groups(page).all()) {
    const groupSlugs = await group
      .locator('li[data-slug]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')!));
    const shown = groupSlugs.filter((slug) => slugs.includes(slug)).length;
    if (shown === 0) {
      await expect(group).toBeHidden();
      continue;
    }
    await expect(group).toBeVisible();
    const word = groupSlugs.length === 1 ? 'trip' : 'trips';
    const label = shown === groupSlugs.length ? `${shown} ${word}` : `${shown} of ${groupSlugs.length} ${word}`;
    await expect(group.locator('[data-group-count]')).toHaveText(label);
  }
}

test('without scripts, every trip is listed under its leader, with the group count and no filters', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/trips/');
  await expect(timeline(page).locator('[data-controls]')).toBeHidden();
  const groupHeadings = groups(page).locator('h3');
  expect(await groupHeadings.count()).toBeGreaterThan(0);
  let listed = 0;
  for (const group of await groups(page).all()) {
    const items = group.locator('li[data-slug]');
    const count = await items.count();
    listed += count;
    // Every entry in a group is the leader's, and the heading names the leader and the count.
    const leaders = new Set(await items.evaluateAll((all) => all.map((item) => item.getAttribute('data-leader'))));
    expect(leaders.size).toBe(1);
    await expect(group.locator('[data-group-count]')).toHaveText(`${count} ${count === 1 ? 'trip' : 'trips'}`);
  }
  expect(listed).toBe(await entries(page).count());
  expect(await visibleSlugs(page)).toHaveLength(listed);
  await context.close();
});

test('filters by country from the keyboard, announcing the count and hiding empty groups', async ({ page }) => {
  await page.goto('/trips/');
  const select = timeline(page).locator('select[data-filter="country"]');
  const { index, slugs } = await narrowingOption(page, select, 'country');
  await expect(timeline(page).locator('[data-count]')).toHaveAttribute('role', 'status');
  await select.focus();
  for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
  await expectFiltered(page, slugs);
  // Back to every country: all groups return with their full counts.
  await page.keyboard.press('Home');
  await expectFiltered(
    page,
    await entries(page).evaluateAll((all) => all.map((item) => item.getAttribute('data-slug')!)),
  );
});

test('filters by leader and by mode together, leaving only trips that match both', async ({ page }) => {
  await page.goto('/trips/');
  const leader = timeline(page).locator('select[data-filter="leader"]');
  const mode = timeline(page).locator('select[data-filter="mode"]');
  const chosenLeader = await narrowingOption(page, leader, 'leader');
  const chosenMode = await narrowingOption(page, mode, 'mode');
  await leader.selectOption(chosenLeader.value);
  await mode.selectOption(chosenMode.value);
  const both = chosenLeader.slugs.filter((slug) => chosenMode.slugs.includes(slug));
  await expectFiltered(page, both);
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('filters by touch, and a filtered trip can still be chosen', async ({ page }) => {
    await page.goto('/trips/');
    const select = timeline(page).locator('select[data-filter="leader"]');
    const { value, slugs } = await narrowingOption(page, select, 'leader');
    await select.scrollIntoViewIfNeeded();
    await select.tap();
    // The phone's own picker is outside the page; choosing in it is a change on the select.
    await select.selectOption(value);
    await expectFiltered(page, slugs);
    const first = entries(page).filter({ visible: true }).first();
    const button = first.locator('button[aria-pressed]');
    await button.tap();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`[?&]trip=${await first.getAttribute('data-slug')}`));
  });
});

test('with the map loaded, a trip chosen from a filtered list is drawn on the map', async ({ page }) => {
  await page.goto('/trips/');
  const map = page.locator('route-map').first();
  await map.scrollIntoViewIfNeeded();
  await map.hover();
  await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });

  const select = timeline(page).locator('select[data-filter="country"]');
  const { index, slugs } = await narrowingOption(page, select, 'country');
  await select.focus();
  for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
  await expectFiltered(page, slugs);

  const slug = slugs.at(-1)!;
  const entry = timeline(page).locator(`li[data-slug="${slug}"]`);
  const button = entry.locator('button[aria-pressed]');
  const title = (await button.textContent())!.trim();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(map).toHaveClass(/route-map--trip-shown/);
  await expect(map.locator('[data-announce]')).toContainText(title);
  await expect(page).toHaveURL(new RegExp(`[?&]trip=${slug}`));
});
