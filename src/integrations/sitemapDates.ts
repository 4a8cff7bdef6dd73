/**
 * Gives each sitemap entry the day its page last changed (`lastmod`), read from the built
 * page itself (pageModifiedDate.ts), so the sitemap and the page never disagree. The
 * integration reads the pages when the build is done; the sitemap's `serialize` then looks
 * each address up, so this integration must come before the sitemap's in the list.
 */
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';
import { readFile } from 'node:fs/promises';
import { pageModifiedDate } from '../lib/meta/pageModifiedDate.ts';

export function sitemapDates(): { integration: AstroIntegration; serialize: (item: SitemapItem) => SitemapItem } {
  let dates: Map<string, string> | undefined;
  return {
    integration: {
      name: 'sitemap-dates',
      hooks: {
        'astro:build:done': async ({ dir, pages }) => {
          const found = new Map<string, string>();
          for (const { pathname } of pages) {
            // Pages are folders (build.format 'directory'); an endpoint such as rss.xml has no date.
            const path = `/${pathname}`;
            if (!path.endsWith('/')) continue;
            const html = await readFile(new URL(`.${path}index.html`, dir), 'utf8').catch(() => undefined);
            const modified = html === undefined ? undefined : pageModifiedDate(html);
            if (modified !== undefined) found.set(path, modified);
          }
          dates = found;
        },
      },
    },
    serialize(item) {
      if (dates === undefined) {
        throw new Error('sitemapDates: its integration must come before the sitemap in astro.config.mjs.');
      }
      const lastmod = dates.get(new URL(item.url).pathname);
      return lastmod === undefined ? item : { ...item, lastmod };
    },
  };
}
