/**
 * The text Pagefind indexed for each page, read from the fragments it wrote into
 * dist/pagefind/ (gzip files that hold a JSON object after a short signature): what a
 * search matches and quotes in its excerpts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST_DIR } from './builtPages.ts';

export interface IndexedPage {
  url: string;
  content: string;
}

export function indexedPages(): IndexedPage[] {
  const folder = join(DIST_DIR, 'pagefind', 'fragment');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      const { url, content } = JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage;
      return { url, content };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}
