/**
 * Every forward the site keeps, for the `_redirects` file the build writes: the address
 * ledger's forwards (a trip's or an article's earlier slugs for each address they publish,
 * and the `old -> new` lines of content/addresses.txt). Read straight from content/ (the
 * build's configuration runs before Astro's content layer exists).
 */
import { addressForwards } from './addressForwards.ts';
import type { Forward } from './redirectsFile.ts';

/** The forwards of the project at `root`. */
export function siteForwards(root: string): Forward[] {
  return addressForwards(root);
}
