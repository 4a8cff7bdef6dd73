/**
 * The earlier slugs of trips and articles, read straight from content/ for the build's
 * configuration and for the host's redirects, which run before (or without) Astro's
 * content layer, so the files are read here directly.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findFrontmatter, readYaml } from '../content/readYaml.ts';

export interface PageAliases {
  /** The slug the page has now. */
  slug: string;
  aliases: string[];
}

function listFiles(dir: string, extension: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .sort();
  } catch {
    return [];
  }
}

function aliasesOf(fields: unknown): string[] {
  const aliases = (fields as { aliases?: unknown } | null)?.aliases;
  return Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [];
}

function fieldsOf(text: string): unknown {
  try {
    return readYaml(text);
  } catch {
    return undefined; // the content check reports the file; here it simply has no aliases
  }
}

/** Each trip's slug and earlier slugs, from content/trips/*.yaml. */
export function tripAliases(contentDir: string): PageAliases[] {
  const dir = join(contentDir, 'trips');
  return listFiles(dir, '.yaml').flatMap((name) => {
    const fields = fieldsOf(readFileSync(join(dir, name), 'utf8'));
    const slug = (fields as { slug?: unknown } | undefined)?.slug;
    return typeof slug === 'string' ? [{ slug, aliases: aliasesOf(fields) }] : [];
  });
}

/** Each article's slug (its file name) and earlier slugs, from content/articles/*.mdx. */
export function articleAliases(contentDir: string): PageAliases[] {
  const dir = join(contentDir, 'articles');
  return listFiles(dir, '.mdx').map((name) => {
    const frontmatter = findFrontmatter(readFileSync(join(dir, name), 'utf8'));
    return {
      slug: name.slice(0, -'.mdx'.length),
      aliases: frontmatter === undefined ? [] : aliasesOf(fieldsOf(frontmatter.text)),
    };
  });
}
