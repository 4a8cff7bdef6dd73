// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentValidation } from './src/integrations/contentValidation.ts';
import { hangulFont } from './src/integrations/hangulFont.ts';
import { forwardedPagePaths } from './src/lib/site/addressForwards.ts';
import { addressLedger } from './src/integrations/addressLedger.ts';
import { isKnownHarmlessWarning } from './src/lib/build/knownBuildWarnings.ts';
import { redirectsFileIntegration } from './src/integrations/redirectsFile.ts';
import { sitemapDates } from './src/integrations/sitemapDates.ts';
import { narrowPagePolicies } from './src/integrations/narrowPagePolicies.ts';
import { parkModuleScripts } from './src/integrations/parkModuleScripts.ts';
import { printLinksCss } from './src/integrations/printLinksCss.ts';

/**
 * The public address of the site. Canonical links, social cards, the feed and the
 * sitemap are built from it: set SITE_URL when building for another host.
 */
const site = process.env.SITE_URL ?? 'https://armored-train.example';
const movedPages = forwardedPagePaths(new URL('.', import.meta.url).pathname);
const pageDates = sitemapDates();

export default defineConfig({
  site,
  // The content cache lives with the project, not in node_modules: the tests' throw-away
  // copies link node_modules, and a cache shared between copies serves one copy's entries
  // to another.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Scoped styles by a class rather than a data-astro-cid-… attribute on every element: the same
  // specificity, fewer bytes (about 80 gzip on the home page, where every byte counts).
  scopedStyleStrategy: 'class',
  integrations: [
    contentValidation(),
    hangulFont(),
    mdx(),
    redirectsFileIntegration(),
    // Before anything that reads the built pages, so they read them as they are served.
    narrowPagePolicies(),
    parkModuleScripts(),
    // Reads each built page's last-changed day for the sitemap: it must come before it.
    pageDates.integration,
    // Embeds are noindex frames of pages listed elsewhere, the 404 page is no address at
    // all, and an earlier address only leads on to the page.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !path.startsWith('/embed/') && !page.endsWith('/404/') && !movedPages.has(path);
      },
      serialize: pageDates.serialize,
    }),
    // Last, so that it reads every file the other integrations write.
    addressLedger(),
  ],
  security: {
    csp: true,
  },
  // Shiki highlights with inline styles, which the Content Security Policy forbids.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    plugins: [printLinksCss(site)],
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (!isKnownHarmlessWarning(warning)) warn(warning);
        },
      },
    },
  },
});
