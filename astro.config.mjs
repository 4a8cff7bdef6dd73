// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentValidation } from './src/integrations/contentValidation.ts';
import { hangulFont } from './src/integrations/hangulFont.ts';
import { tripAliasPaths } from './src/lib/trips/tripAliases.ts';
import { isKnownHarmlessWarning } from './src/lib/build/knownBuildWarnings.ts';
import { redirectsFileIntegration } from './src/integrations/redirectsFile.ts';
import { sitemapDates } from './src/integrations/sitemapDates.ts';

/**
 * The public address of the site. Canonical links, social cards, the feed and the
 * sitemap are built from it: set SITE_URL when building for another host.
 */
const site = process.env.SITE_URL ?? 'https://armored-train.example';
const movedTripPages = tripAliasPaths(new URL('./content/trips/', import.meta.url).pathname);
const pageDates = sitemapDates();

export default defineConfig({
  site,
  // The content cache lives with the project, not in node_modules: the tests' throw-away
  // copies link node_modules, and a cache shared between copies serves one copy's entries
  // to another.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    contentValidation(),
    hangulFont(),
    mdx(),
    redirectsFileIntegration(),
    // Reads each built page's last-changed day for the sitemap: it must come before it.
    pageDates.integration,
    // Embeds are noindex frames of pages listed elsewhere, the 404 page is no address at
    // all, and a trip's earlier address only leads on to its page.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !path.startsWith('/embed/') && !page.endsWith('/404/') && !movedTripPages.has(path);
      },
      serialize: pageDates.serialize,
    }),
  ],
  security: {
    csp: true,
  },
  // Shiki highlights with inline styles, which the Content Security Policy forbids.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (!isKnownHarmlessWarning(warning)) warn(warning);
        },
      },
    },
  },
});
