/**
 * Images and files an article points at must exist, or the page shows a broken image (an
 * address under /) or the build stops (a relative image, which Astro imports).
 * Addresses of pages (no file extension) are for `npm run check:links` after a build.
 */
import { access } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { ContentProblem } from '../contentProblem.ts';
import type { MdxAddress } from '../mdxArticle.ts';
import { addressScheme } from './articleMarkupChecks.ts';

const HAS_EXTENSION = /\.[A-Za-z0-9]{1,8}$/;

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function pathOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

export interface ArticleFiles {
  /** Project root. */
  root: string;
  /** The article file, relative to the root. */
  file: string;
}

export async function checkArticleFiles(
  addresses: MdxAddress[],
  { root, file }: ArticleFiles,
  problems: ContentProblem[],
): Promise<void> {
  for (const address of addresses) {
    const { url, line, form, loaded } = address;
    if (addressScheme(url) !== undefined || url.startsWith('//') || url.startsWith('#') || url.trim() === '') continue;
    const field = `(text) ${form} on line ${line}`;
    const path = pathOf(url);
    if (path.startsWith('/')) {
      if (!loaded && !HAS_EXTENSION.test(path)) continue;
      if (await exists(join(root, 'public', normalize(path)))) continue;
      problems.push({
        file,
        field,
        found: url,
        expected: `A file that exists: put it in public${path} (an address starting with / is a file in the public/ folder), or correct the address.`,
      });
    } else if (loaded) {
      const target = join(root, dirname(file), normalize(path));
      if (await exists(target)) continue;
      problems.push({
        file,
        field,
        found: url,
        expected: `A file that exists next to the article (${join(dirname(file), normalize(path))}). Images usually go in public/images/ and are written /images/name.jpg.`,
      });
    } else {
      problems.push({
        file,
        field,
        found: url,
        expected: `An address from the site root, starting with /: /articles/… for a page, /files/… for a file in public/files/. A relative address changes meaning from page to page.`,
      });
    }
  }
}
