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
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import {
  charactersBySlice,
  fontsourceSlices,
  hangulCharacters,
  hangulFontFaces,
  subsetFileName,
} from '../lib/fonts/hangulSubset.ts';

const VIRTUAL_ID = 'virtual:hangul-font.css';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

async function contentTexts(dir: string): Promise<string[]> {
  const texts: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(ya?ml|mdx?|json)$/.test(entry.name)) {
      texts.push(await readFile(join(entry.parentPath, entry.name), 'utf8'));
    }
  }
  return texts;
}

async function plan(root: string): Promise<{ groups: Map<string, string[]>; fontDir: string }> {
  const require = createRequire(join(root, 'package.json'));
  const stylesheet = require.resolve('@fontsource/noto-sans-kr/400.css');
  const slices = fontsourceSlices(await readFile(stylesheet, 'utf8'));
  const characters = hangulCharacters(await contentTexts(join(root, 'content')));
  return { groups: charactersBySlice(characters, slices), fontDir: join(dirname(stylesheet), 'files') };
}

/**
 * Writes each slice's subset into `cacheDir` and returns the @font-face rules that point at
 * them. A subset is only rewritten when its bytes change, so a dev server's watcher stays quiet.
 */
async function writeSubsets(root: string, cacheDir: string): Promise<string> {
  const { groups, fontDir } = await plan(root);
  await mkdir(cacheDir, { recursive: true });
  for (const [file, characters] of groups) {
    const source = await readFile(join(fontDir, `${file}.woff2`));
    const font = await subsetFont(source, characters.join(''), { targetFormat: 'woff2' });
    const target = join(cacheDir, subsetFileName(file));
    const previous = await readFile(target).catch(() => undefined);
    if (!previous?.equals(font)) await writeFile(target, font);
  }
  return hangulFontFaces(groups, (file) => join(cacheDir, subsetFileName(file)));
}

export function hangulFont(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  const plugin: Plugin = {
    name: 'hangul-font',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? writeSubsets(root, cacheDir) : undefined),
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
