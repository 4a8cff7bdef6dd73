import { expect, test } from '@playwright/test';

/**
 * The site must make no request to any host but its own: no tile servers,
 * web fonts, analytics or CDNs. Every request the page makes is recorded.
 */
const PAGES = ['/', '/sources/', '/articles/the-2023-journey/'];

for (const path of PAGES) {
  test(`${path} requests nothing from another host`, async ({ page, baseURL }) => {
    const ownOrigin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== ownOrigin) foreign.push(request.url());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Scrolling to the end brings lazy islands (the map) into view, so they load too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });
}
