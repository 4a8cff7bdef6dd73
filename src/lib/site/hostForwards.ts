/**
 * Every forward the site keeps, for the `_redirects` file the build writes: a trip's
 * earlier slugs lead to its page and its embed. Read straight from content/ (the build's
 * configuration runs before Astro's content layer exists).
 */
import { join } from 'node:path';
import { tripAliases } from '../trips/tripAliases.ts';
import { tripPagePath } from '../trips/tripAddresses.ts';
import { tripEmbed } from '../embed/embedPages.ts';
import type { Forward } from './redirectsFile.ts';

export function tripAliasForwards(tripsDir: string): Forward[] {
  return tripAliases(tripsDir).flatMap(({ slug, alias }) => [
    { from: tripPagePath(alias), to: tripPagePath(slug) },
    { from: tripEmbed(alias, '', '').path, to: tripEmbed(slug, '', '').path },
  ]);
}

/** The forwards of the project at `root`. */
export function siteForwards(root: string): Forward[] {
  return [...tripAliasForwards(join(root, 'content', 'trips'))];
}
