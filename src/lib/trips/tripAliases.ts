/**
 * The earlier addresses of trips, read straight from content/trips/ for the build's
 * configuration (the sitemap leaves them out: they only lead on to the trip's page).
 * Runs before Astro's content layer exists, so it reads the files itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { tripPagePath } from './tripAddresses.ts';

export function tripAliasPaths(tripsDir: string): Set<string> {
  const paths = new Set<string>();
  let names: string[];
  try {
    names = readdirSync(tripsDir).filter((name) => name.endsWith('.yaml'));
  } catch {
    return paths;
  }
  for (const name of names) {
    let fields: unknown;
    try {
      fields = yaml.load(readFileSync(join(tripsDir, name), 'utf8'));
    } catch {
      continue; // the content check reports the file; the sitemap just leaves it out
    }
    const aliases = (fields as { aliases?: unknown } | null)?.aliases;
    if (!Array.isArray(aliases)) continue;
    for (const alias of aliases) if (typeof alias === 'string') paths.add(tripPagePath(alias));
  }
  return paths;
}
