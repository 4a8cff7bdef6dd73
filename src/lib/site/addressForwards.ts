/**
 * Every address that leads on to another, as { from, to } pairs: a host turns them into
 * 301 redirects (a `_redirects` file), and the build into forwarding pages and copies.
 *
 * - A trip's earlier slug (`aliases:`) forwards its page, its embed and the embed's oEmbed
 *   document, its data file, its social card and, when it has one, its day-by-day story and that story's card.
 * - An article's earlier slug forwards its page and its social card.
 * - A line `old -> new` in content/addresses.txt forwards a page or a file.
 *
 * Anchors (#…) never reach a server, so they are not here: the page itself forwards them
 * (see AnchorForwards.astro).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tripPagePath, tripStoryPath } from '../trips/tripAddresses.ts';
import { tripDataPath } from '../data/dataFiles.ts';
import { socialImagePath } from '../meta/socialImagePath.ts';
import { oembedPath, tripEmbedPath } from '../embed/embedPages.ts';
import { readYaml } from '../content/readYaml.ts';
import { articleAliases, tripAliases } from './pageAliases.ts';
import { pathForwardsOf } from './addressLedger.ts';
import { readAddressLedger } from './readAddressLedger.ts';

export interface AddressForward {
  from: string;
  to: string;
}

export function articlePagePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** The trips told day by day (content/stories/), by slug. */
function tripsWithStories(contentDir: string): Set<string> {
  const dir = join(contentDir, 'stories');
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
  } catch {
    return new Set();
  }
  const slugs = new Set<string>();
  for (const name of names) {
    try {
      const trip = (readYaml(readFileSync(join(dir, name), 'utf8')) as { trip?: unknown } | null)?.trip;
      if (typeof trip === 'string') slugs.add(trip);
    } catch {
      // the content check reports the file
    }
  }
  return slugs;
}

/** What an earlier slug of a trip forwards: every address the trip publishes. */
export function tripAliasForwards(alias: string, slug: string, hasStory: boolean): AddressForward[] {
  const pairs: [string, string][] = [
    [tripPagePath(alias), tripPagePath(slug)],
    [tripEmbedPath(alias), tripEmbedPath(slug)],
    [oembedPath(tripEmbedPath(alias)), oembedPath(tripEmbedPath(slug))],
    [tripDataPath(alias), tripDataPath(slug)],
    [socialImagePath(tripPagePath(alias)), socialImagePath(tripPagePath(slug))],
  ];
  if (hasStory) {
    pairs.push(
      [tripStoryPath(alias), tripStoryPath(slug)],
      [socialImagePath(tripStoryPath(alias)), socialImagePath(tripStoryPath(slug))],
    );
  }
  return pairs.map(([from, to]) => ({ from, to }));
}

/** What an earlier slug of an article forwards: its page and its social card. */
export function articleAliasForwards(alias: string, slug: string): AddressForward[] {
  return [
    { from: articlePagePath(alias), to: articlePagePath(slug) },
    { from: socialImagePath(articlePagePath(alias)), to: socialImagePath(articlePagePath(slug)) },
  ];
}

/** Every forward of the project at `root` (its content/ and content/addresses.txt). */
export function addressForwards(root: string = process.cwd()): AddressForward[] {
  const contentDir = join(root, 'content');
  const stories = tripsWithStories(contentDir);
  return [
    ...tripAliases(contentDir).flatMap(({ slug, aliases }) =>
      aliases.flatMap((alias) => tripAliasForwards(alias, slug, stories.has(slug))),
    ),
    ...articleAliases(contentDir).flatMap(({ slug, aliases }) =>
      aliases.flatMap((alias) => articleAliasForwards(alias, slug)),
    ),
    ...pathForwardsOf(readAddressLedger(root)),
  ];
}

/** The pages among the forwards (addresses ending in /), which the sitemap leaves out. */
export function forwardedPagePaths(root: string = process.cwd()): Set<string> {
  return new Set(
    addressForwards(root)
      .map((forward) => forward.from)
      .filter((from) => from.endsWith('/')),
  );
}
