/**
 * The site's own cut of Noto Sans KR, written to disk at build time: the Hangul the content
 * uses, grouped by the slice of the font that holds it (Fontsource splits the font into
 * ~120 slices by unicode-range). Node-only: read by the font integration, which gives the
 * pages WOFF2 files, and by the social cards, which resvg draws from TrueType files.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { charactersBySlice, fontsourceSlices, hangulCharacters } from './hangulSubset.ts';

export type SubsetFormat = 'woff2' | 'truetype';

export interface WrittenSubset {
  /** The Fontsource slice the subset was cut from, e.g. "noto-sans-kr-117-400-normal". */
  slice: string;
  /** The characters it holds. */
  characters: string[];
  path: string;
}

/** Every Hangul character in the content files under `root`/content. */
export async function contentHangul(root: string): Promise<string[]> {
  return hangulCharacters(await contentTexts(join(root, 'content')));
}

async function contentTexts(dir: string): Promise<string[]> {
  const texts: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(ya?ml|mdx?|json)$/.test(entry.name)) {
      texts.push(await readFile(join(entry.parentPath, entry.name), 'utf8'));
    }
  }
  return texts;
}

/**
 * Cuts a subset of each slice that holds some of `characters` into `dir`, in `format`. A
 * file is only rewritten when its bytes change, so a dev server's watcher stays quiet.
 * `root` is the project, where the font package is installed.
 */
export async function writeHangulSubsets(
  root: string,
  characters: string[],
  dir: string,
  format: SubsetFormat,
): Promise<WrittenSubset[]> {
  const require = createRequire(join(root, 'package.json'));
  const stylesheet = require.resolve('@fontsource/noto-sans-kr/400.css');
  const slices = fontsourceSlices(await readFile(stylesheet, 'utf8'));
  const groups = charactersBySlice(characters, slices);
  await mkdir(dir, { recursive: true });
  const written: WrittenSubset[] = [];
  for (const [slice, characters] of groups) {
    const source = await readFile(join(dirname(stylesheet), 'files', `${slice}.woff2`));
    const font = await subsetFont(source, characters.join(''), {
      targetFormat: format === 'woff2' ? 'woff2' : 'sfnt',
    });
    const path = join(dir, `${slice}.${format === 'woff2' ? 'woff2' : 'ttf'}`);
    const previous = await readFile(path).catch(() => undefined);
    if (!previous?.equals(font)) await writeFile(path, font);
    written.push({ slice, characters, path });
  }
  return written;
}
