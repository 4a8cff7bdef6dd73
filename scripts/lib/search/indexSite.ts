/**
 * Writes the search index of a built site into its pagefind/ folder with Pagefind's Node
 * API, from each page's HTML with its words parted at element boundaries (partWords.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { partWordsBetweenElements } from './partWords.ts';

export async function indexSite(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages = (await readdir(siteDir, { recursive: true, encoding: 'utf8' })).filter((name) =>
      name.endsWith('.html'),
    );
    for (const sourcePath of pages) {
      const html = await readFile(join(siteDir, sourcePath), 'utf8');
      const added = await index.addHTMLFile({ sourcePath, content: partWordsBetweenElements(html) });
      if (added.errors.length > 0)
        throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return pages.length;
  } finally {
    await pagefind.close();
  }
}
