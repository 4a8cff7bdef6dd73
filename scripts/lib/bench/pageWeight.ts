/**
 * What a reader's browser downloads for a page, measured in Chromium at a phone's size:
 * once after load with the map out of view, and again once the map has been scrolled
 * into view and pointed at (Leaflet and the route data load only when the reader reaches
 * for the map; being in view is not enough). Each response is gzip-compressed
 * here, so the figures do not depend on whether the preview server compresses.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import type { PageMeasurement } from './targets.ts';

/**
 * The elements that load the interactive map when the reader points at them: the route
 * map, and the day-by-day story's map (which also loads once the reader scrolls past the
 * first stage; pointing at it stands for that here).
 */
const MAP_SELECTOR = 'route-map, day-by-day [data-frame]';

/** Script types that are code, as opposed to data such as JSON-LD. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

interface Totals {
  gzip: number;
  jsGzip: number;
  requests: number;
}

async function inlineScriptGzipBytes(page: Page): Promise<number> {
  const inline = await page.evaluate(
    (types) => {
      return [...document.querySelectorAll('script:not([src])')]
        .filter((script) => types.includes((script.getAttribute('type') ?? '').toLowerCase()))
        .map((script) => script.textContent ?? '')
        .join('\n');
    },
    [...JS_TYPES],
  );
  return inline.trim() === '' ? 0 : gzipSync(inline).length;
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

export async function measurePageWeight(
  browser: Browser,
  baseUrl: string,
  path: string,
): Promise<Omit<PageMeasurement, 'lighthouse'>> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const totals: Totals = { gzip: 0, jsGzip: 0, requests: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    pending.push(
      (async () => {
        totals.requests += 1;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const compressed = body.length === 0 ? 0 : gzipSync(body).length;
        totals.gzip += compressed;
        if (response.request().resourceType() === 'script') totals.jsGzip += compressed;
      })(),
    );
  });

  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await settle(page);
  await Promise.all(pending);
  const inlineJs = await inlineScriptGzipBytes(page);
  const before = { ...totals };

  const map = page.locator(MAP_SELECTOR).first();
  const hasMap = (await map.count()) > 0;
  if (hasMap) await map.hover();
  else await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await settle(page);
  await Promise.all(pending);

  const interactive = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].some((element) => element.localName.includes('-')) ||
      document.querySelector('button, input, select, textarea, form, [tabindex="0"]') !== null,
  );
  await context.close();
  return {
    path,
    gzipBytesBeforeMap: before.gzip,
    gzipBytesAfterMap: totals.gzip,
    jsGzipBytesBeforeMap: before.jsGzip + inlineJs,
    jsGzipBytesAfterMap: totals.jsGzip + inlineJs,
    requestsBeforeMap: before.requests,
    requestsAfterMap: totals.requests,
    interactive,
    hasMap,
  };
}
