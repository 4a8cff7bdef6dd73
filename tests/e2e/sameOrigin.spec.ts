import { expect } from '@playwright/test';
import type { Request } from '@playwright/test';
import { PAGE_PATHS } from '../support/builtPages.ts';
import { loadWholePage, test } from '../support/sharedPage.ts';

/**
 * The site must make no request to any host but its own: no tile servers,
 * web fonts, analytics or CDNs. Every request each page makes is recorded,
 * including those of lazy islands (the map) that load when scrolled into view.
 */
for (const path of PAGE_PATHS) {
  test(`${path} requests nothing from another host`, async ({ sharedPage, baseURL }) => {
    const ownOrigin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const onRequest = (request: Request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== ownOrigin) foreign.push(request.url());
    };
    sharedPage.on('request', onRequest);
    try {
      await loadWholePage(sharedPage, path);
    } finally {
      sharedPage.off('request', onRequest);
    }
    expect(foreign).toEqual([]);
  });
}
