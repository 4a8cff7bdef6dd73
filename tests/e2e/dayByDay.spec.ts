import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from './support/test.ts';
import AxeBuilder from '@axe-core/playwright';
import { describeNuMessage, htmlErrors, runNuHtmlChecker } from '../../scripts/lib/quality/nuHtmlChecker.ts';
import { placePosition, storyFiles } from './support/contentFiles.ts';
import { recordCspViolations } from './support/cspViolations.ts';

/**
 * The day-by-day story, as a reader meets it: the map follows the stage that crosses the
 * middle of the screen, down and back up, with no click; #day-… addresses and the stage
 * links move it too; a screen reader hears each stage once; without a script, and with
 * reduced motion, it still tells the whole journey. What each stage should show is read
 * from content/stories/ and content/places/, so a new or edited story is checked the same way.
 */
const [story] = storyFiles();
if (!story) throw new Error('content/stories/ has no story to check.');
const { path, stages } = story;

interface MapState {
  center: [number, number];
  zoom: number;
  train: [number, number];
  points: number;
  /** The travelled line as Leaflet drew it. */
  drawn: string;
  /** The name beside the train, and whether it is whole inside the map's frame. */
  name: string;
  nameWhole: boolean;
}

async function openStory(browser: Browser, options: BrowserContextOptions, address = path): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(address, { waitUntil: 'load' });
  return page;
}

/** Scrolls as a reader would, until the stage's top is a little above the line the story watches. */
async function scrollToStage(page: Page, id: string): Promise<void> {
  await page.evaluate((stageId) => {
    const stage = document.getElementById(`day-${stageId}`)!;
    window.scrollTo({
      top: stage.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45,
      behavior: 'instant',
    });
  }, id);
}

/** What the live map shows once it has settled on the stage. */
async function mapState(page: Page, id: string): Promise<MapState> {
  const frame = page.locator('day-by-day [data-frame]');
  await expect(frame).toHaveAttribute('data-ready', 'true');
  await expect(frame).toHaveAttribute('data-stage', id);
  await expect(frame).toHaveAttribute('data-view-stage', id);
  return frame.evaluate((element: HTMLElement) => {
    const pair = (text = ''): [number, number] => text.split(',').map(Number) as [number, number];
    // The newest name: the last stage's may still be fading out before it.
    const tooltip = [...element.querySelectorAll('.leaflet-tooltip')].at(-1);
    return {
      center: pair(element.dataset['center']),
      zoom: Number(element.dataset['zoom']),
      train: pair(element.dataset['train']),
      points: Number(element.dataset['travelledPoints']),
      drawn: element.querySelector('path.map-route')?.getAttribute('d') ?? '',
      name: tooltip?.textContent ?? '',
      nameWhole: (() => {
        const frame = element.getBoundingClientRect();
        const label = tooltip?.getBoundingClientRect();
        return label !== undefined && label.left >= frame.left && label.right <= frame.right;
      })(),
    };
  });
}

/** Every text the live region takes, in order, from now on. */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    const live = document.querySelector('day-by-day [data-announce]')!;
    new MutationObserver(() => said.push(live.textContent ?? '')).observe(live, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

const announced = (index: number) => new RegExp(`^Stage ${index + 1} of ${stages.length}: ${stages[index]!.title}, .+`);

const sameView = (a: MapState, b: MapState): boolean =>
  Math.abs(a.center[0] - b.center[0]) < 0.01 && Math.abs(a.center[1] - b.center[1]) < 0.01 && a.zoom === b.zoom;

for (const { width, height, hasTouch } of [
  { width: 1280, height: 900, hasTouch: false },
  { width: 390, height: 844, hasTouch: true },
]) {
  test(`at ${width} px, scrolling down the story moves the map stage by stage, and scrolling up moves it back`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const page = await openStory(browser, { viewport: { width, height }, hasTouch, isMobile: hasTouch });
    const said = await recordAnnouncements(page);
    const down = new Map<string, MapState>();
    for (const stage of stages.slice(1)) {
      await scrollToStage(page, stage.id);
      down.set(stage.id, await mapState(page, stage.id));
    }
    const up = new Map<string, MapState>();
    for (const stage of stages.slice(0, -1).reverse()) {
      await scrollToStage(page, stage.id);
      up.set(stage.id, await mapState(page, stage.id));
    }

    const shown = stages.map((stage) => down.get(stage.id) ?? up.get(stage.id)!);
    stages.forEach((stage, index) => {
      const state = shown[index]!;
      const { latitude, longitude } = placePosition(stage.to);
      expect(state.train[0], `the train at the end of "${stage.id}"`).toBeCloseTo(latitude, 3);
      expect(state.train[1], `the train at the end of "${stage.id}"`).toBeCloseTo(longitude, 3);
      expect(state.name, `the train's place named in "${stage.id}"`).not.toBe('');
      expect(state.nameWhole, `"${state.name}" whole inside the map in "${stage.id}"`).toBe(true);
      if (index === 0) return;
      const before = shown[index - 1]!;
      expect(
        sameView(state, before),
        `"${stage.id}" is framed apart from the stage before: ${JSON.stringify([before.center, before.zoom, state.center, state.zoom])}`,
      ).toBe(false);
      if (stage.from === stage.to) {
        expect(state.points, `the train stays put in "${stage.id}"`).toBe(before.points);
      } else {
        expect(state.points, `the line grows in "${stage.id}"`).toBeGreaterThan(before.points);
        expect(state.drawn).not.toBe(before.drawn);
        expect(state.train).not.toEqual(before.train);
      }
    });
    // Going back up shows each stage as it was on the way down.
    for (const stage of stages.slice(1, -1)) {
      const [there, back] = [down.get(stage.id)!, up.get(stage.id)!];
      expect(sameView(there, back), `"${stage.id}" framed the same way back up`).toBe(true);
      expect(back.points).toBe(there.points);
      expect(back.train).toEqual(there.train);
    }
    // Each change of stage is said once: down from the second stage, then back up to the first.
    const order = [...stages.keys()].slice(1).concat([...stages.keys()].slice(0, -1).reverse());
    const heard = await said();
    expect(heard).toHaveLength(order.length);
    heard.forEach((text, position) => expect(text).toMatch(announced(order[position]!)));
    await page.context().close();
  });
}

test('a #day-… address opens the page on that stage, with the map showing it', async ({ browser }) => {
  const index = Math.min(4, stages.length - 1);
  const stage = stages[index]!;
  const page = await openStory(
    browser,
    { viewport: { width: 390, height: 844 }, hasTouch: true },
    `${path}#day-${stage.id}`,
  );
  const state = await mapState(page, stage.id);
  expect(state.train[0]).toBeCloseTo(placePosition(stage.to).latitude, 3);
  await expect(page.locator('[data-stage][data-current]')).toHaveAttribute('id', `day-${stage.id}`);
  await expect(page.locator('[data-status]')).toHaveText(announced(index));
  await expect(page.locator(`#day-${stage.id}-title`)).toBeInViewport();
  await page.context().close();
});

test('the stage links move the story by keyboard, and each move is said once', async ({ browser }) => {
  const page = await openStory(browser, { viewport: { width: 1280, height: 900 } });
  const said = await recordAnnouncements(page);
  const [first, second] = [stages[0]!, stages[1]!];
  await page.locator(`#day-${first.id} a[rel="next"]`).focus();
  await page.keyboard.press('Enter');
  await mapState(page, second.id);
  await expect(page).toHaveURL(new RegExp(`#day-${second.id}$`));
  // The reader carries on from the stage they moved to.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-stage]')?.id)).toBe(`day-${second.id}`);
  await page.locator(`#day-${second.id} a[rel="prev"]`).focus();
  await page.keyboard.press('Enter');
  await mapState(page, first.id);
  await expect.poll(said).toHaveLength(2);
  const heard = await said();
  expect(heard[0]).toMatch(announced(1));
  expect(heard[1]).toMatch(announced(0));
  await page.context().close();
});

test('without JavaScript every stage has its text, its facts and its own drawing', async ({ browser }) => {
  const page = await openStory(browser, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  await expect(page.locator('[data-stage]')).toHaveCount(stages.length);
  for (const stage of stages) {
    const element = page.locator(`#day-${stage.id}`);
    await expect(element.locator('h2')).toHaveText(stage.title);
    await expect(element.locator('.stage__text')).not.toBeEmpty();
    await expect(element.locator('.stage__facts time')).toBeVisible();
    await expect(element.locator('.stage__snapshot svg[role="img"]')).toBeVisible();
    await expect(element.locator('.stage__snapshot .static-map__line').first()).toBeAttached();
  }
  await expect(page.locator('day-by-day [data-frame]')).toBeHidden();
  await page.context().close();
});

test('with reduced motion the stages change without any animation', async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // Every animation and transition that starts and lasts long enough to be seen (the site's
  // reduced-motion rule shortens all of them to 0.01 ms, which a reader never sees), and
  // every element Leaflet marks as zooming or panning.
  await page.addInitScript(() => {
    const moved: string[] = [];
    (window as unknown as { moved: string[] }).moved = moved;
    const seconds = (text: string) =>
      Math.max(
        ...text.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))),
      );
    const describe = (target: EventTarget | null) =>
      target instanceof Element ? `${target.localName}.${target.getAttribute('class') ?? ''}` : '?';
    document.addEventListener(
      'transitionrun',
      (event) => {
        const style = getComputedStyle(event.target as Element);
        if (seconds(style.transitionDuration) > 0.001)
          moved.push(`transition of ${event.propertyName} on ${describe(event.target)}`);
      },
      true,
    );
    document.addEventListener(
      'animationstart',
      (event) => {
        const style = getComputedStyle(event.target as Element);
        if (seconds(style.animationDuration) > 0.001)
          moved.push(`animation ${event.animationName} on ${describe(event.target)}`);
      },
      true,
    );
    new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target as Element;
        const name = element.getAttribute('class') ?? '';
        if (/leaflet-zoom-anim\b|leaflet-zoom-animated|leaflet-pan-anim/.test(name))
          moved.push(`Leaflet animates ${name}`);
      }
    }).observe(document, { attributes: true, attributeFilter: ['class'], subtree: true });
  });
  await page.goto(path, { waitUntil: 'load' });
  for (const stage of [...stages.slice(1), ...stages.slice(0, -1).reverse()]) {
    await scrollToStage(page, stage.id);
    await mapState(page, stage.id);
  }
  const moved = await page.evaluate(() => (window as unknown as { moved: string[] }).moved);
  expect(moved).toEqual([]);
  const running = await page.evaluate(
    () =>
      document.getAnimations().filter((animation) => {
        const timing = animation.effect?.getComputedTiming();
        return Number(timing?.duration ?? 0) > 1;
      }).length,
  );
  expect(running).toBe(0);
  await context.close();
});

test('on paper the stages print in order, each with its title and drawing', async ({ browser }) => {
  const page = await openStory(browser, { viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('day-by-day [data-frame]')).toBeHidden();
  const printed = await page.locator('[data-stage]').evaluateAll((elements) =>
    elements.map((element) => ({
      title: element.querySelector('h2')?.textContent?.trim(),
      top: element.getBoundingClientRect().top,
      drawn: (element.querySelector('.stage__snapshot svg')?.getBoundingClientRect().height ?? 0) > 0,
    })),
  );
  expect(printed.map((stage) => stage.title)).toEqual(stages.map((stage) => stage.title));
  expect(printed.every((stage) => stage.drawn)).toBe(true);
  expect(printed.map((stage) => stage.top)).toEqual([...printed.map((stage) => stage.top)].sort((a, b) => a - b));
  await page.context().close();
});

test('in every stage the page passes axe, breaks no CSP rule, asks no other host and stays valid HTML', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cspViolations = await recordCspViolations(page);
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== new URL(baseURL!).origin) {
      foreign.push(request.url());
    }
  });
  const folder = await mkdtemp(join(tmpdir(), 'day-by-day-'));
  const found: string[] = [];
  try {
    await page.goto(path, { waitUntil: 'load' });
    for (const stage of [...stages.slice(1), stages[0]!]) {
      await scrollToStage(page, stage.id);
      await mapState(page, stage.id);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        found.push(...violations.map((violation) => `[${stage.id}, ${scheme}] ${violation.id}: ${violation.help}`));
      }
      await writeFile(
        join(folder, `${stage.id}.html`),
        `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`,
      );
    }
    expect(found, found.join('\n')).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    expect(foreign).toEqual([]);
    const errors = htmlErrors(runNuHtmlChecker(folder)).map((message) => describeNuMessage(message, folder));
    expect(errors, errors.join('\n')).toEqual([]);
  } finally {
    await rm(folder, { recursive: true, force: true });
    await context.close();
  }
});

test('the reader is never trapped: a swipe or the wheel over the live map scrolls the page', async ({ browser }) => {
  const second = stages[1]!;
  for (const touch of [true, false]) {
    const page = await openStory(
      browser,
      touch
        ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }
        : { viewport: { width: 1280, height: 900 } },
      `${path}#day-${second.id}`,
    );
    await mapState(page, second.id);
    const box = (await page.locator('day-by-day [data-frame]').boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const scrolled = await page.evaluate(() => window.scrollY);
    if (touch) {
      // Through Chromium's own input pipeline, as a finger's would go (see mapGestures.spec.ts).
      const cdp = await page.context().newCDPSession(page);
      const at = (step: number) => [{ x: centre.x, y: centre.y - step * 20 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
      for (let step = 1; step <= 10; step += 1) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } else {
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.wheel(0, 400);
    }
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 100);
    await page.context().close();
  }
});
