import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from './support/test.ts';

/**
 * Every name a reader can see on a live map is whole and stands apart, on every map the site
 * has and at the widths readers bring: a 320 and a 390 px phone and a 1280 px screen. Each
 * trip page's map at its opening view, the home page's, and the timeline's map on /trips/
 * with each trip chosen in turn. No stop's, sea's or country's name runs over another, none
 * is cut by the map's edge, and a dot drawn away from its place (to keep the targets apart)
 * has a leader line back to it. A name with no room waits for a closer zoom: that is allowed.
 *
 * The maps to visit are read from the built site, so a new trip is checked without a change here.
 */
const WIDTHS = [320, 390, 1280];

/** The trips whose pages draw a live map, from the built pages' <route-map data-trip="…">. */
function tripsWithMaps(): string[] {
  const folder = join(process.cwd(), 'dist', 'trips');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      let html: string;
      try {
        html = readFileSync(join(folder, entry.name, 'index.html'), 'utf8');
      } catch {
        return [];
      }
      return /<route-map[^>]*\sdata-trip="([^"]+)"/.exec(html)?.slice(1, 2) ?? [];
    });
}

interface NameBox {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface MovedStop {
  name: string;
  /** How far the dot is drawn from its place, in pixels. */
  by: number;
  /** Whether a leader line runs from the dot back to the place. */
  led: boolean;
}

interface MapState {
  names: NameBox[];
  frame: NameBox;
  moved: MovedStop[];
}

/** What the live map shows now: its names' boxes, its frame, and the dots drawn away from their places. */
function readMap(page: Page): Promise<MapState> {
  return page.locator('route-map .leaflet-container').evaluate((container) => {
    const seen = (element: Element): boolean =>
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      element.getClientRects().length > 0;
    // A stop's name is its first line; its Korean or Russian line is part of its box.
    const box = (element: Element): NameBox => {
      const rect = element.getBoundingClientRect();
      const text = (element.firstChild?.textContent ?? '').trim();
      return { text, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    };
    const names = [...container.querySelectorAll('.map-stop__label, .map-area-label__text')].filter(seen).map(box);
    const moved = [...container.querySelectorAll<HTMLElement>('.map-stop')].filter(seen).flatMap((stop) => {
      const [dx = 0, dy = 0] = (getComputedStyle(stop).translate.match(/-?[\d.]+/g) ?? []).map(Number);
      const by = Math.hypot(dx, dy);
      if (by < 1) return [];
      const leader = stop.querySelector<HTMLElement>('.map-stop__leader');
      const line = leader?.getBoundingClientRect();
      // A slanting leader's box is at least its length along one axis, at most along both.
      const led = line !== undefined && line.width + line.height >= by - 1;
      return [{ name: (stop.querySelector('.map-stop__label')?.firstChild?.textContent ?? '?').trim(), by, led }];
    });
    return { names, frame: box(container), moved };
  });
}

/**
 * How far a dot may be drawn from its place: a touch target (24 px) and the air between two
 * (4 px), as far as two places on the very same spot must move to be tapped apart and then
 * some. Farther, and the dot reads as another place's ("Dresden" drawn in the Balkans).
 */
const FARTHEST_MOVE = 28;

/** Names overlapping by more than a pixel (rounding) or partly outside the frame; dots astray. */
function problemsIn({ names, frame, moved }: MapState): string[] {
  const problems: string[] = [];
  for (const [index, a] of names.entries()) {
    const apart = (b: NameBox): boolean =>
      a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
    for (const b of names.slice(index + 1)) if (!apart(b)) problems.push(`"${a.text}" over "${b.text}"`);
    const inFrame = a.left >= frame.left && a.right <= frame.right && a.top >= frame.top && a.bottom <= frame.bottom;
    if (!apart(frame) && !inFrame) problems.push(`"${a.text}" cut by the edge`);
  }
  for (const stop of moved) {
    if (!stop.led) problems.push(`"${stop.name}" drawn away from its place with no leader line`);
    if (stop.by > FARTHEST_MOVE + 1) problems.push(`"${stop.name}" drawn ${Math.round(stop.by)} px from its place`);
  }
  return problems;
}

/**
 * A stop set aside in a crowd at this zoom is not drawn, but a keyboard or screen reader still
 * reaches it: it keeps its place in the tab order and its name, and shows while it has focus.
 */
async function crowdProblems(page: Page): Promise<string[]> {
  const crowded = page.locator('route-map .map-stop--crowded');
  const problems: string[] = [];
  for (const marker of await crowded.all()) {
    // The keyboard, not a finger, moves focus here: the focus ring and the marker show.
    await page.keyboard.press('Shift');
    const state = await marker.evaluate((element) => {
      (element as HTMLElement).focus();
      return {
        name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '',
        focused: document.activeElement === element,
        shown: element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      };
    });
    if (state.name === '') problems.push('a stop set aside in a crowd has no name');
    else if (!state.focused) problems.push(`"${state.name}", set aside in a crowd, cannot take the keyboard's focus`);
    else if (!state.shown) problems.push(`"${state.name}", set aside in a crowd, does not show when focused`);
  }
  return problems;
}

/** Once the map has drawn this state: its fonts loaded and a frame painted after the last move. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

async function openMap(page: Page, path: string, touch: boolean): Promise<void> {
  await page.goto(path);
  const map = page.locator('route-map');
  const explore = map.locator('.route-map__explore');
  await explore.scrollIntoViewIfNeeded();
  if (touch) await explore.tap();
  else await map.hover();
  await expect(map).toHaveAttribute('data-ready', 'true');
  await settled(page);
}

async function newScreen(browser: Browser, width: number) {
  const touch = width < 600;
  const context = await browser.newContext({
    viewport: { width, height: touch ? 800 : 900 },
    hasTouch: touch,
    isMobile: touch,
    reducedMotion: 'reduce',
  });
  return { context, page: await context.newPage(), touch };
}

const slugs = tripsWithMaps();

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test('every trip page’s map and the home map name their places apart and whole', async ({ browser }) => {
      test.setTimeout(180_000);
      expect(slugs.length).toBeGreaterThan(10);
      const { context, page, touch } = await newScreen(browser, width);
      const problems: string[] = [];
      for (const path of ['/', ...slugs.map((slug) => `/trips/${slug}/`)]) {
        await openMap(page, path, touch);
        problems.push(...problemsIn(await readMap(page)).map((problem) => `${path}: ${problem}`));
        problems.push(...(await crowdProblems(page)).map((problem) => `${path}: ${problem}`));
      }
      await context.close();
      expect(problems).toEqual([]);
    });

    test('the timeline’s map names each trip’s places apart and whole', async ({ browser }) => {
      test.setTimeout(180_000);
      const { context, page, touch } = await newScreen(browser, width);
      await openMap(page, '/trips/', touch);
      const buttons = page.locator('trip-timeline .timeline__choose');
      const titles = (await buttons.allTextContents()).map((title) => title.trim());
      expect(titles.length).toBeGreaterThan(10);
      const mapBox = page.locator('route-map .leaflet-container');
      const problems: string[] = [];
      for (const [index, title] of titles.entries()) {
        const button = buttons.nth(index);
        if (touch) await button.tap();
        else await button.click();
        await expect(mapBox).toHaveAttribute('aria-label', `Interactive map of the trip: ${title}`);
        await settled(page);
        problems.push(...problemsIn(await readMap(page)).map((problem) => `${title}: ${problem}`));
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  });
}
