/**
 * Cuts Noto Sans KR down to the Hangul the content uses, at build time, so an editor who adds
 * a place with a Korean name gets its glyphs without a code change. The subsets and the
 * stylesheet of their @font-face rules are written to Astro's cache folder before Vite starts,
 * and `virtual:hangul-font.css` names that stylesheet, so Vite handles it like any other: it
 * fingerprints it and the fonts into `_astro/` for the build and serves them itself in
 * `astro dev`. The page's loader takes its address (`?url`) and adds it once painted (AfterFirstPaint.astro).
 * Everything comes from the site's own origin, as the CSP's `font-src 'self'` requires.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHangul, writeHangulSubsets } from '../lib/fonts/hangulFontFiles.ts';
import { hangulFontFaces } from '../lib/fonts/hangulSubset.ts';

/** Writes the subsets and their stylesheet into `cacheDir`; returns the stylesheet's path. */
async function writeFontStylesheet(root: string, cacheDir: string): Promise<string> {
  const subsets = await writeHangulSubsets(root, await contentHangul(root), cacheDir, 'woff2');
  const paths = new Map(subsets.map((subset) => [subset.slice, subset.path]));
  const css = hangulFontFaces(new Map(subsets.map((subset) => [subset.slice, subset.characters])), (slice) =>
    paths.get(slice)!,
  );
  const path = join(cacheDir, 'hangul-font.css');
  const previous = await readFile(path, 'utf8').catch(() => undefined);
  if (previous !== css) await writeFile(path, css);
  return path;
}

export function hangulFont(): AstroIntegration {
  return {
    name: 'hangul-font',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(new URL('hangul-font/', config.cacheDir));
        const stylesheet = await writeFontStylesheet(root, cacheDir);
        updateConfig({
          vite: {
            // The stylesheet is a file, so `?url` gives its address once Vite has built it,
            // font files fingerprinted, as it does for any stylesheet of the site's own.
            resolve: { alias: [{ find: /^virtual:hangul-font\.css(?=\?|$)/, replacement: stylesheet }] },
            // A subset small enough would otherwise be inlined as a data: URL, which the
            // CSP's font-src 'self' refuses.
            build: { assetsInlineLimit: (file: string) => (file.startsWith(cacheDir) ? false : undefined) },
          },
        });
      },
    },
  };
}
