import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test.ts';
import { recordCspViolations } from './support/cspViolations.ts';
import { startOtherOrigin, type OtherOrigin } from './support/otherOrigin.ts';

/**
 * A newsroom page on another host embeds the site in an iframe and resizes the frame from
 * the embed's messages, the way Pym.js and similar scripts do.
 */
let other: OtherOrigin;

test.beforeAll(async () => {
  other = await startOtherOrigin();
});

test.afterAll(async () => {
  await other.close();
});

function hostPage(embedUrl: string, protocol: 'pym' | 'embed-size'): string {
  const listener =
    protocol === 'pym'
      ? `const parts = typeof e.data === 'string' ? e.data.split('xPYMx') : [];
         if (parts[0] === 'pym' && parts[1] === 'story-embed' && parts[2] === 'height') frame.height = parts[3];`
      : `if (e.data && e.data.type === 'embed-size') frame.height = String(e.data.height);`;
  const src = protocol === 'pym' ? `${embedUrl}?childId=story-embed` : embedUrl;
  return `<!doctype html><html><body>
    <h1>A newsroom story</h1>
    <iframe id="frame" src="${src}" width="600" height="150" scrolling="no" title="Embed"></iframe>
    <p id="after">After the embed</p>
    <script>
      const frame = document.getElementById('frame');
      window.addEventListener('message', (e) => { ${listener} });
    </script>
  </body></html>`;
}

for (const [path, protocol] of [
  ['/embed/map/', 'pym'],
  ['/embed/timeline/', 'embed-size'],
  ['/embed/trips/kim-jong-un-vladivostok-2019/', 'pym'],
] as const) {
  test(`${path} in an iframe on another host resizes the frame (${protocol}) and shows no site chrome`, async ({
    page,
    baseURL,
  }) => {
    const embedUrl = new URL(path, baseURL).href;
    const storyPath = `/story-${protocol}${path.replace(/\//g, '-')}html`;
    other.put(storyPath, hostPage(embedUrl, protocol));
    await page.goto(`${other.origin}${storyPath}`);
    const frameElement = page.locator('#frame');
    const frame = page.frameLocator('#frame');
    await expect(frame.locator('main')).toBeVisible();

    // The frame grows from its starting 150 px to the embed's own height.
    await expect
      .poll(async () => Number(await frameElement.getAttribute('height')), { timeout: 10_000 })
      .toBeGreaterThan(150);
    const contentHeight = await frame
      .locator('body')
      .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    const frameHeight = Number(await frameElement.getAttribute('height'));
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
    // Nothing is cut off: the embed's document is no taller than its frame.
    const overflow = await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
    expect(overflow).toBeLessThanOrEqual(1);

    await expect(frame.locator('.site-header, .site-footer, header[class*="site"], footer')).toHaveCount(0);
    await expect(frame.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  });
}

test('an embed page is noindex, points its canonical link at the full page and keeps to the CSP', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto('/embed/map/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/$/);
  expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe('/trips/');
  expect(await violations()).toEqual([]);
});

/**
 * The "Embed" code, copied from the page as a journalist would, with the site's public
 * address swapped for the test server's (what deploying it would give).
 */
async function embedCodeFrom(page: Page, pagePath: string, siteOrigin: string): Promise<string[]> {
  await page.goto(pagePath);
  const codes = await page
    .locator('.embed-control textarea')
    .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
  return codes.map((code) => {
    const publicOrigin = new URL(/src="([^"]+)"/.exec(code)![1]!).origin;
    return code.replaceAll(publicOrigin, siteOrigin);
  });
}

async function firstTripPath(page: Page): Promise<string> {
  await page.goto('/trips/');
  const href = await page.locator('trip-timeline a[href^="/trips/"]').first().getAttribute('href');
  return href!;
}

test('the embed code, pasted as given into a page on another host, fits the frame to the embed', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const siteOrigin = new URL(baseURL!).origin;
  const codes = [
    ...(await embedCodeFrom(page, '/trips/', siteOrigin)),
    ...(await embedCodeFrom(page, await firstTripPath(page), siteOrigin)),
  ];
  expect(codes.length).toBeGreaterThanOrEqual(3);
  await page.setViewportSize({ width: 900, height: 800 });
  for (const [index, code] of codes.entries()) {
    const storyPath = `/pasted-${index}.html`;
    other.put(
      storyPath,
      `<!doctype html><html><body><h1>A newsroom story</h1><div style="width:800px">${code}</div><p>After</p></body></html>`,
    );
    await page.goto(`${other.origin}${storyPath}`);
    const frameElement = page.locator('iframe').first();
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('main')).toBeVisible();
    // Once the embed has settled, the frame is as tall as its content: nothing cut off, no gap.
    await expect
      .poll(
        async () => {
          const outer = (await frameElement.boundingBox())!.height;
          const inner = await frame.locator('html').evaluate((html) => html.scrollHeight);
          return Math.abs(outer - inner);
        },
        { timeout: 10_000, message: `frame ${index} fits its content` },
      )
      .toBeLessThanOrEqual(2);
  }
});

test('links inside an embed open in the top window, and links within the embed stay in it', async ({
  page,
  baseURL,
}) => {
  const paths = ['/embed/map/', '/embed/timeline/', (await firstTripPath(page)).replace('/trips/', '/embed/trips/')];
  for (const path of paths) {
    const storyPath = `/links${path.replace(/\//g, '-')}html`;
    other.put(storyPath, hostPage(new URL(path, baseURL).href, 'embed-size'));
    await page.goto(`${other.origin}${storyPath}`);
    const frame = page.frameLocator('#frame');
    await expect(frame.locator('main')).toBeVisible();
    const wrong = await frame.locator('body').evaluate((body) => {
      const base = body.ownerDocument.querySelector('base')?.target ?? '';
      const here = body.ownerDocument.location.href.split('#')[0];
      return [...body.querySelectorAll('a[href]')].flatMap((node) => {
        const link = node as HTMLAnchorElement;
        const target = link.target || base || '_self';
        const inPage = link.href.split('#')[0] === here;
        const ok = inPage ? target === '_self' : target === '_top' || target === '_blank';
        return ok ? [] : [`${link.getAttribute('href')} → ${target}`];
      });
    });
    expect(wrong, `links in ${path}`).toEqual([]);
  }

  // And as a reader meets it: the link to the full page replaces the host page, not the frame.
  const storyPath = '/links-click.html';
  other.put(storyPath, hostPage(new URL('/embed/map/', baseURL).href, 'embed-size'));
  await page.goto(`${other.origin}${storyPath}`);
  await page.frameLocator('#frame').locator('main a[href$="/trips/"]').last().click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}/trips/`));
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('opening the embed code and its previews does not make the page scroll sideways', async ({ page }) => {
    for (const path of ['/trips/', await firstTripPath(page), '/articles/the-2023-journey/']) {
      await page.goto(path);
      const controls = page.locator('details.embed-control');
      expect(await controls.count(), path).toBeGreaterThan(0);
      for (const summary of await controls.locator('summary').all()) await summary.click();
      // The previews' frames are lazy: give them a moment to load and lay out.
      await page.waitForTimeout(300);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} with its embed code open`).toBeLessThanOrEqual(320);
    }
  });
});

test('each kind of embed, at the size its code makes on a phone and a desktop, has no WCAG 2.2 A/AA violations', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const paths = ['/embed/map/', '/embed/timeline/', (await firstTripPath(page)).replace('/trips/', '/embed/trips/')];
  const found: string[] = [];
  for (const path of paths) {
    for (const viewport of [
      { width: 390, height: 640 },
      { width: 800, height: 560 },
    ]) {
      await page.setViewportSize(viewport);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        for (const violation of violations) {
          found.push(
            `${path} ${viewport.width} px ${colorScheme}: ${violation.id} — ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
          );
        }
      }
    }
  }
  expect(found, found.join('\n')).toEqual([]);
});
