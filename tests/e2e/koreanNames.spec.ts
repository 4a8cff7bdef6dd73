import { expect, test } from './support/test.ts';
import { sitemapPaths } from './support/sitemap.ts';

/**
 * Korean names render in the site's own Hangul font, not in whatever the reader's system has.
 * The test browser has no Korean system font, so without it each syllable would be drawn as
 * the fallback font's empty box. Chromium reports which font drew each glyph of a node
 * (CSS.getPlatformFontsForNode): every Hangul glyph must come from a web font.
 */
test('Korean names on the home page are drawn with the site font', async ({ page }) => {
  await page.goto('/');
  const korean = page.locator('[lang="ko"]:visible').first();
  await expect(korean).toHaveText(/[\uAC00-\uD7A3]/);
  await page.evaluate(() => document.fonts.ready);
  // Lazy fonts are fetched once laid out; wait for the face to finish loading.
  await expect
    .poll(() => korean.evaluate((element) => document.fonts.check(`16px "Train Hangul"`, element.textContent ?? '')))
    .toBe(true);

  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument');
  const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[lang="ko"]' });
  const text = await korean.textContent();
  const nodeId = nodeIds[0]!;
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
  const hangul = [...(text ?? '')].filter((c) => /[\uAC00-\uD7A3]/.test(c)).length;
  expect(hangul).toBeGreaterThan(0);
  const custom = fonts.filter((font) => font.isCustomFont).reduce((sum, font) => sum + font.glyphCount, 0);
  expect(fonts.filter((font) => font.isCustomFont).map((font) => font.familyName)).toContainEqual(
    expect.stringMatching(/^Noto Sans KR/),
  );
  expect(custom).toBeGreaterThanOrEqual(hangul);
});

test('Hangul font files come from the site itself', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => fonts.length).toBeGreaterThan(0);
  for (const url of fonts) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
});

test("a trip's maps mark its Korean names as Korean, so they get the site's font", async ({ page }) => {
  // Without lang="ko" the names fall back to the reader's system fonts: empty boxes where
  // there is no Korean font. The 2023 trip starts in Pyongyang (평양).
  await page.goto('/trips/kim-jong-un-russia-2023/');
  await expect(page.locator('svg tspan[lang="ko"]').first()).toHaveText('평양');
  const map = page.locator('route-map');
  await map.scrollIntoViewIfNeeded();
  await map.hover();
  await expect(map).toHaveAttribute('data-ready', 'true');
  await expect(map.locator('.map-stop__native[lang="ko"]').first()).toHaveText('평양');
  await map.locator('.map-stop').filter({ hasText: 'Pyongyang' }).focus();
  await page.keyboard.press('Enter');
  await expect(map.locator('.leaflet-popup .map-popup__native[lang="ko"]')).toHaveText('평양');
});

test('the Hangul font is fetched only once the page has loaded, so it never holds back the first paint', async ({
  page,
}) => {
  const order: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') order.push('font');
  });
  page.on('load', () => order.push('load'));
  await page.goto('/trips/kim-jong-un-russia-2023/');
  await expect.poll(() => order.filter((event) => event === 'font').length).toBeGreaterThan(0);
  expect(order[0]).toBe('load');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Korean names still get the site font, from the <noscript> link', async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    await page.goto('/trips/kim-jong-un-russia-2023/');
    await expect.poll(() => fonts.length).toBeGreaterThan(0);
  });
});

test('every page with Korean text, and only such a page or one with a parked script, carries the loader', async ({
  request,
}) => {
  const wrong: string[] = [];
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text();
    const korean = html.includes('lang="ko"');
    const parked = html.includes('<script type="application/json" data-module-after-first-paint>');
    // The loader is the one inline script that names the Hangul font's stylesheet.
    const loader = /<script type="module">(?:(?!<\/script>)[\s\S])*\/_astro\/hangul-font\./.test(html);
    if (korean && !loader) wrong.push(`${path}: Korean text but no loader for the font`);
    if (!korean && !parked && loader) wrong.push(`${path}: a loader with nothing to load`);
  }
  expect(wrong).toEqual([]);
});

test('the Hangul font moves nothing when it arrives, on any source page at a phone’s width', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  // The source pages carry the most Korean near the top: titles and quotations.
  const paths = (await sitemapPaths(request)).filter((path) => path.startsWith('/sources/'));
  expect(paths.length).toBeGreaterThan(0);
  const shifted: string[] = [];
  for (const path of paths) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await page.addInitScript(() => {
      const win = window as unknown as { shift: number };
      win.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Array<{ value: number }>) win.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    if (shift >= 0.01) shifted.push(`${path}: ${shift.toFixed(3)}`);
    await page.close();
  }
  expect(shifted).toEqual([]);
});
