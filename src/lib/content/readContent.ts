/**
 * The one read of content/: every file through the YAML reader (and an article's block of
 * fields through the same reader), its schema with the editor's error map, and the checks
 * across files (validateContent.ts). `npm run validate`, the dev preview's check and the
 * site's collections (contentLoader.ts) all take their content from here.
 *
 * The read is kept while no file under content/ changes: the collections' loaders ask for
 * it once each in a build and get the one read, and in `astro dev` a saved file changes the
 * key, so the next request reads content/ afresh. The key is made from every file's path
 * and bytes (a few hundredths of a second to take), not from modification times, which a
 * copy or a checkout can leave as they were.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkContent, type ContentRead, type ValidateOptions } from './validateContent.ts';

interface KeptRead {
  key: string;
  read: Promise<ContentRead>;
}

/** The latest read of each content folder. */
const kept = new Map<string, KeptRead>();

/** A digest of every file under dir: its path and its bytes, in a fixed order. */
async function folderDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  let files: string[] = [];
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    // No content folder: the check says so, and the key stays that of an empty folder.
  }
  const contents = await Promise.all(files.map((file) => readFile(file)));
  files.forEach((file, index) => {
    hash.update(`${file}\0${contents[index]!.length}\0`);
    hash.update(contents[index]!);
  });
  return hash.digest('hex');
}

export async function readContent(options: ValidateOptions): Promise<ContentRead> {
  const contentDir = resolve(options.contentDir ?? join(options.root, 'content'));
  // The future-date check depends on the day, so a read does not outlive it.
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  const key = `${resolve(options.root)}\0${today}\0${await folderDigest(contentDir)}`;
  const latest = kept.get(contentDir);
  if (latest?.key === key) return latest.read;
  const read = checkContent(options);
  kept.set(contentDir, { key, read });
  // A read that failed (a file vanished half-way) is not kept: the next call tries again.
  read.catch(() => {
    if (kept.get(contentDir)?.read === read) kept.delete(contentDir);
  });
  return read;
}
