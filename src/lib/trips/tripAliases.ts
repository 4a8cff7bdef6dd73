/**
 * The earlier addresses of trips, read straight from content/trips/ for the build's
 * configuration (the sitemap leaves them out: they only lead on to the trip's page; the
 * `_redirects` file forwards them). Runs before Astro's content layer exists, so it reads
 * the files itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { tripPagePath } from './tripAddresses.ts';

/** Each earlier slug with the trip's slug now. */
export function tripAliases(tripsDir: string): { slug: string; alias: string }[] {
  let names: string[];
  try {
    names = readdirSync(tripsDir).filter((name) => name.endsWith('.yaml'));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    let fields: unknown;
    try {
      fields = yaml.load(readFileSync(join(tripsDir, name), 'utf8'));
    } catch {
      return []; // the content check reports the file; the build's extras just leave it out
    }
    const { slug, aliases } = (fields ?? {}) as { slug?: unknown; aliases?: unknown };
    if (typeof slug !== 'string' || !Array.isArray(aliases)) return [];
    return aliases.filter((alias): alias is string => typeof alias === 'string').map((alias) => ({ slug, alias }));
  });
}

export function tripAliasPaths(tripsDir: string): Set<string> {
  return new Set(tripAliases(tripsDir).map(({ alias }) => tripPagePath(alias)));
}
