/**
 * Passes every built page through `rewrite` (with its path under dist/, for its errors to name)
 * and writes back those it changes: the one walk over dist/ that the integrations editing
 * finished HTML share.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export async function rewriteBuiltPages(
  dir: URL,
  rewrite: (html: string, page: string) => string,
): Promise<{ pages: number; changed: number }> {
  const root = fileURLToPath(dir);
  const pages = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
  let changed = 0;
  for (const name of pages) {
    const path = join(root, name);
    const html = await readFile(path, 'utf8');
    const result = rewrite(html, name);
    if (result === html) continue;
    await writeFile(path, result);
    changed += 1;
  }
  return { pages: pages.length, changed };
}
