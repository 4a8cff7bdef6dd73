import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse } from 'csv-parse/sync';
import { expect, test } from './support/test.ts';
import { DIST_DIR } from '../support/builtPages.ts';
import { pageShowingStopTable } from './support/stopTablePage.ts';

/**
 * Every distance a reader sees is a published rail figure with its source, or says it is
 * read off an approximate line. The expectations are worked out here from the route file
 * as editors wrote it, not from the site's own code.
 */
interface RouteStopFile {
  place: string;
  branchFrom?: string;
  line?: string;
  rail?: { km: number; url: string; from?: string };
}
interface RouteFile {
  homeMap?: boolean;
  stops: RouteStopFile[];
}

const routesDir = join(process.cwd(), 'content', 'routes');
const routeFiles = readdirSync(routesDir).map(
  (name) => [name.replace(/\.yaml$/, ''), yaml.load(readFileSync(join(routesDir, name), 'utf8')) as RouteFile] as const,
);
const home = routeFiles.find(([, route]) => route.homeMap)![1];
const startOf = (index: number) =>
  index === 0 ? null : (home.stops[index]!.branchFrom ?? home.stops[index - 1]!.place);
const indexOf = (id: string) => home.stops.findIndex((stop) => stop.place === id);

/** The sum of published figures from the first stop to this one, when they cover the whole way. */
function publishedFromStart(id: string): number | null {
  const index = indexOf(id);
  if (index === 0) return 0;
  const stop = home.stops[index]!;
  if (!stop.rail) return null;
  const before = publishedFromStart(stop.rail.from ?? startOf(index)!);
  return before === null ? null : before + stop.rail.km;
}

const kmIn = (text: string) => Number(/([\d,]+) km/.exec(text)![1]!.replace(/,/g, ''));

test('the stop table gives each stop the published distance from the start where figures cover the way, with their sources', async ({
  page,
}) => {
  await page.goto(pageShowingStopTable());
  const covered = home.stops.slice(1).filter((stop) => publishedFromStart(stop.place) !== null);
  expect(covered.length).toBeGreaterThan(0);
  for (const stop of home.stops.slice(1)) {
    const cell = page.locator(`#stop-${stop.place} td`).nth(1);
    const text = (await cell.innerText()).replace(/\s+/g, ' ');
    const published = publishedFromStart(stop.place);
    if (published === null) {
      expect(text, stop.place).toMatch(/^about [\d,]+ km,? (partly )?along an approximate line/);
      continue;
    }
    expect(text, stop.place).toMatch(/^[\d,]+ km by rail/);
    expect(Math.abs(kmIn(text) - published), stop.place).toBeLessThanOrEqual(0.5);
    // Each figure it adds up is cited: the numbers lead to the list, whose entries link the sources.
    const refs = cell.locator('a[href^="#rail-figure-"]');
    expect(await refs.count(), stop.place).toBeGreaterThan(0);
    for (const ref of await refs.all()) {
      const entry = page.locator((await ref.getAttribute('href'))!);
      await expect(entry.locator('a[rel~="external"]')).toHaveAttribute('href', /^https?:\/\//);
    }
  }
});

test('each leg with a figure of its own shows it and links its source; no drawn length passes for a rail distance', async ({
  page,
}) => {
  await page.goto(pageShowingStopTable());
  for (const [index, stop] of home.stops.entries()) {
    if (index === 0) continue;
    const cell = page.locator(`#stop-${stop.place} td`).first();
    const text = (await cell.innerText()).replace(/\s+/g, ' ');
    const ownFigure = stop.rail && (stop.rail.from === undefined || stop.rail.from === startOf(index));
    if (ownFigure) {
      expect(text, stop.place).toMatch(/^[\d,]+ km by rail/);
      expect(Math.abs(kmIn(text) - stop.rail!.km), stop.place).toBeLessThanOrEqual(0.5);
      await expect(
        cell.locator(`a[href="${encodeURI(stop.rail!.url)}"], a[href="${stop.rail!.url}"]`).first(),
      ).toBeAttached();
    } else {
      expect(text, stop.place).toMatch(/^about [\d,]+ km along an approximate line/);
    }
  }
});

test('the 2023 line gives Pyongyang–Khasan and Pyongyang–Vladivostok by rail, close to the 842 km and 1,170 km of the record', async ({
  page,
}) => {
  test.skip(
    indexOf('khasan') < 0 || indexOf('vladivostok') < 0,
    'the home route does not reach Khasan and Vladivostok',
  );
  await page.goto(pageShowingStopTable());
  for (const [id, record] of [
    ['khasan', 842],
    ['vladivostok', 1170],
  ] as const) {
    const text = await page.locator(`#stop-${id} td`).nth(1).innerText();
    expect(text).toMatch(/by rail/);
    expect(Math.abs(kmIn(text) - record) / record, `${id}: ${text}`).toBeLessThanOrEqual(0.1);
  }
});

test('the map’s legend names the stretch drawn too roughly to measure, and the data files list its legs', async ({
  page,
}) => {
  const marked = home.stops.filter((stop) => stop.line === 'approximate').map((stop) => stop.place);
  await page.goto(pageShowingStopTable());
  const legend = page.locator('.route-map__legend .legend--rail:visible');
  if (marked.length > 0) await expect(legend).toContainText('too rough to measure');
  else await expect(legend).not.toContainText('too rough');
  const csv = parse(readFileSync(join(DIST_DIR, 'data', 'routes.csv'), 'utf8'), { columns: true, bom: true }) as Array<
    Record<string, string>
  >;
  const homeId = routeFiles.find(([, route]) => route.homeMap)![0];
  const row = csv.find((entry) => entry['id'] === homeId)!;
  expect(row['approximate_legs']!.split('|').filter(Boolean)).toEqual(marked);
  expect(Number(row['drawn_length_km'])).toBeGreaterThan(0);
  expect(Object.keys(row)).not.toContain('length_km');
});

test('trip pages never give a drawn length as a rail distance', async ({ page }) => {
  test.setTimeout(120_000);
  // Former addresses of a trip are pages that send the reader on: only the trips' own pages have the table.
  const tripPages = readdirSync(join(DIST_DIR, 'trips'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) =>
      readFileSync(join(DIST_DIR, 'trips', entry.name, 'index.html'), 'utf8').match(/class="trip-legs[ "]/),
    )
    .map((entry) => `/trips/${entry.name}/`);
  let published = 0;
  for (const path of tripPages) {
    await page.goto(path);
    const cells = await page.locator('.trip-legs tbody td.number').evaluateAll((elements) =>
      elements.map((cell) => ({
        text: (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        sources: cell.querySelectorAll('a[rel~="external"][href^="http"]').length,
      })),
    );
    for (const cell of cells) {
      if (/by rail/.test(cell.text)) {
        published += 1;
        expect(cell.sources, `${path}: ${cell.text}`).toBeGreaterThan(0);
      } else {
        expect(cell.text, path).toMatch(/^about [\d,]+ km along an approximate line$/);
      }
    }
  }
  expect(published).toBeGreaterThan(0);
});
