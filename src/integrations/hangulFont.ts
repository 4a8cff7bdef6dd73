/**
 * Cuts Noto Sans KR down to the Hangul the content uses, at build time, so an editor who adds
 * a place with a Korean name gets its glyphs without a code change. Pages import the rules as
 * `virtual:hangul-font.css` (inlined and hashed with the rest of each page's CSS); the font
 * files are written to `dist/fonts/` and served from the site itself, as the CSP's
 * `font-src 'self'` requires.
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
  subsetPath,
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

async function subsets(root: string): Promise<Map<string, Buffer>> {
  const { groups, fontDir } = await plan(root);
  const files = new Map<string, Buffer>();
  for (const [file, characters] of groups) {
    const source = await readFile(join(fontDir, `${file}.woff2`));
    files.set(subsetPath(file), await subsetFont(source, characters.join(''), { targetFormat: 'woff2' }));
  }
  return files;
}

export function hangulFont(): AstroIntegration {
  let root = '';
  const plugin: Plugin = {
    name: 'hangul-font',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: async (id) => (id === RESOLVED_ID ? hangulFontFaces((await plan(root)).groups) : undefined),
  };
  return {
    name: 'hangul-font',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (!request.url?.startsWith('/fonts/')) return next();
          void subsets(root).then((files) => {
            const font = files.get(request.url!.split('?')[0]!);
            if (!font) return next();
            response.setHeader('Content-Type', 'font/woff2');
            response.end(font);
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let bytes = 0;
        for (const [path, font] of await subsets(root)) {
          await mkdir(dirname(join(out, path)), { recursive: true });
          await writeFile(join(out, path), font);
          bytes += font.length;
        }
        logger.info(`Hangul font subsets: ${(bytes / 1024).toFixed(1)} kB in /fonts/`);
      },
    },
  };
}
