/**
 * Cuts Noto Sans KR down to the Hangul the content uses, at build time, so an editor who adds
 * a place with a Korean name gets its glyphs without a code change. Pages import the rules as
 * `virtual:hangul-font.css` (inlined and hashed with the rest of each page's CSS). The subsets
 * are written to Astro's cache folder before that stylesheet is handed to Vite, and the rules
 * point at them there, so Vite resolves them like any other asset: it fingerprints them into
 * `_astro/` for the build and serves them itself in `astro dev`. They come from the site's own
 * origin, as the CSP's `font-src 'self'` requires.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { contentHangul, writeHangulSubsets } from '../lib/fonts/hangulFontFiles.ts';
import { hangulFontFaces } from '../lib/fonts/hangulSubset.ts';

const VIRTUAL_ID = 'virtual:hangul-font.css';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Writes the subsets into `cacheDir` and returns the @font-face rules that point at them. */
async function fontFaces(root: string, cacheDir: string): Promise<string> {
  const subsets = await writeHangulSubsets(root, await contentHangul(root), cacheDir, 'woff2');
  const paths = new Map(subsets.map((subset) => [subset.slice, subset.path]));
  return hangulFontFaces(new Map(subsets.map((subset) => [subset.slice, subset.characters])), (slice) =>
    paths.get(slice)!,
  );
}

export function hangulFont(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  const plugin: Plugin = {
    name: 'hangul-font',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? fontFaces(root, cacheDir) : undefined),
  };
  return {
    name: 'hangul-font',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(new URL('hangul-font/', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [plugin],
            // A subset small enough would otherwise be inlined as a data: URL, which the
            // CSP's font-src 'self' refuses.
            build: { assetsInlineLimit: (file: string) => (file.startsWith(cacheDir) ? false : undefined) },
          },
        });
      },
    },
  };
}
