/** Every HTML file of the built site, and the source documents, read from disk for checks on their text. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_DIR } from './builtPages.ts';

export const ORIGINALS_DIR = fileURLToPath(new URL('../../content/sources/originals/', import.meta.url));

export interface BuiltHtmlFile {
  /** Path under dist/, for messages: "articles/the-2023-journey/index.html". */
  path: string;
  html: string;
}

export function builtHtmlFiles(): BuiltHtmlFile[] {
  return readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((path) => ({ path, html: readFileSync(join(DIST_DIR, path), 'utf8') }));
}

/** The source documents as received, furniture and all. */
export function sourceDocuments(): string[] {
  return readdirSync(ORIGINALS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(ORIGINALS_DIR, name), 'utf8'));
}
