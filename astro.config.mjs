// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentValidation } from './src/integrations/contentValidation.ts';
import { isKnownHarmlessWarning } from './src/lib/build/knownBuildWarnings.ts';

/**
 * The public address of the site. Canonical links, social cards, the feed and the
 * sitemap are built from it: set SITE_URL when building for another host.
 */
const site = process.env.SITE_URL ?? 'https://armored-train.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    contentValidation(),
    mdx(),
    // Embeds are noindex frames of pages listed elsewhere, and the 404 page is no address at all.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') && !page.endsWith('/404/') }),
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
