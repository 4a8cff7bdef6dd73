/** Every HTML file of the built site, and the source documents, read from disk for checks on their text. */
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_DIR } from './builtPages.ts';

export const ORIGINALS_DIR = fileURLToPath(new URL('../../content/sources/originals/', import.meta.url));
export const SOURCES_DIR = fileURLToPath(new URL('../../content/sources/', import.meta.url));

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

/**
 * The passages quoted from public reports: the site keeps no whole copy of a report, so
 * its own text is checked against what it quotes of them.
 */
export function reportPassages(): string[] {
  return readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => {
      const source = yaml.load(readFileSync(join(SOURCES_DIR, name), 'utf8')) as {
        file?: string;
        passages?: Array<{ quote?: string }>;
      };
      if (source.file !== undefined) return [];
      return (source.passages ?? []).flatMap((passage) => (passage.quote ? [passage.quote] : []));
    });
}
