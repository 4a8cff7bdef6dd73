/**
 * Addresses that must keep working, checked without building: what the ledger
 * (content/addresses.txt) lists and the content can be seen to drop (an article renamed,
 * a trip's slug changed, a story stage's id changed, a section heading reworded), aliases
 * that would take over a live page, and formerAnchors that lead to no section. The build
 * then checks every address against what it actually published (ledgerComparison.ts).
 */
import type { ContentEntry } from '../contentEntry.ts';
import type { ContentProblem } from '../contentProblem.ts';
import { articleHeadingIds } from '../articleHeadingIds.ts';
import { CHANGES_HEADING_ID } from '../../changes/pageChanges.ts';
import { LEDGER_FILE, anchorOf, pageOf, type AddressLedger } from '../../site/addressLedger.ts';
import { readContentLedger } from '../../site/readAddressLedger.ts';
import { ledgerSyntaxProblems } from '../../site/ledgerSyntaxProblems.ts';
import { articlePagePath } from '../../site/addressForwards.ts';
import { tripPagePath, tripStoryPath } from '../../trips/tripAddresses.ts';
import { PUBLISHED_ANCHOR_PREFIXES } from '../../site/publishedAnchors.ts';
import { closestMatch, editDistance } from '../../text/closestMatch.ts';

interface Page {
  file: string;
  slug: string;
  aliases: string[];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function pagesOf(entries: readonly ContentEntry[], collection: 'trips' | 'articles'): Page[] {
  return entries
    .filter((entry) => entry.spec.name === collection && entry.data !== undefined)
    .filter((entry) => entry.data?.['draft'] !== true)
    .map((entry) => ({
      file: entry.file,
      slug: collection === 'trips' ? String(entry.data?.['slug']) : entry.fileId,
      aliases: stringList(entry.data?.['aliases']),
    }));
}

/** An alias must be an address no other page of its kind has: else it would replace that page. */
function checkAliases(pages: readonly Page[], kind: 'trip' | 'article', problems: ContentProblem[]): void {
  const owners = new Map(pages.map((page) => [page.slug, page.file]));
  const aliasOwners = new Map<string, string>();
  const folder = kind === 'trip' ? 'content/trips/' : 'content/articles/';
  for (const page of pages) {
    page.aliases.forEach((alias, index) => {
      const field = `aliases.${index}`;
      const owner = owners.get(alias);
      if (owner === page.file) {
        problems.push({
          file: page.file,
          field,
          found: alias,
          expected: `An earlier ${kind === 'trip' ? 'slug' : 'file name'}: "${alias}" is this ${kind}'s own address. Remove it from aliases.`,
        });
      } else if (owner !== undefined) {
        problems.push({
          file: page.file,
          field,
          found: alias,
          expected: `An address no other ${kind} has: "${alias}" is the live address of ${owner}, and an alias would replace that page with a "This page has moved" notice. Remove it from aliases, or choose another ${kind === 'trip' ? 'slug' : 'file name'} for one of the two.`,
        });
      } else if (aliasOwners.has(alias) && aliasOwners.get(alias) !== page.file) {
        problems.push({
          file: page.file,
          field,
          found: alias,
          expected: `An alias no other ${kind} has: ${aliasOwners.get(alias)} already forwards "${alias}". Keep it in one file of ${folder}.`,
        });
      }
      aliasOwners.set(alias, page.file);
    });
  }
}

/** formerAnchors must lead to a section of the article, and name an anchor it no longer has. */
function checkFormerAnchors(article: ContentEntry, headingIds: readonly string[], problems: ContentProblem[]): void {
  const formerAnchors = article.data?.['formerAnchors'] as Record<string, string> | undefined;
  const targets = new Set([...headingIds, CHANGES_HEADING_ID]);
  for (const [old, target] of Object.entries(formerAnchors ?? {})) {
    if (!targets.has(target)) {
      const guess = closestMatch(target, targets);
      problems.push({
        file: article.file,
        field: `formerAnchors.${old}`,
        found: target,
        expected: `The id of one of the article's section headings${guess ? ` (did you mean "${guess}"?)` : ''}: ${[...targets].join(', ')}.`,
      });
    }
    if (headingIds.includes(old)) {
      problems.push({
        file: article.file,
        field: `formerAnchors.${old}`,
        found: old,
        expected: `An anchor the article no longer has: "${old}" is the id of one of its headings now. Remove it from formerAnchors.`,
      });
    }
  }
}

/** The ledger's addresses that are listed without a forward. */
function listedAddresses(ledger: AddressLedger): Set<string> {
  return new Set(ledger.lines.filter((line) => line.forward === undefined).map((line) => line.address));
}

/**
 * Which new page took a dropped one's place: the only one, or, when an editor has also added
 * others, the one whose slug is nearest the old (a rename keeps most of a name; a new article
 * made by `npm run new` the same day has a name of its own).
 */
function likeliestRename(oldSlug: string, unlisted: readonly Page[]): Page | undefined {
  let best: Page | undefined;
  let bestDistance = Infinity;
  for (const page of unlisted) {
    const distance = editDistance(oldSlug, page.slug);
    if (distance < bestDistance) {
      best = page;
      bestDistance = distance;
    }
  }
  return best;
}

/** A page of the ledger that no page of its kind has now, by slug or alias. */
function checkDroppedPages(
  ledger: AddressLedger,
  pages: readonly Page[],
  kind: 'trip' | 'article',
  problems: ContentProblem[],
): void {
  const pathOf = kind === 'trip' ? tripPagePath : articlePagePath;
  const listed = listedAddresses(ledger);
  const live = new Set(pages.flatMap((page) => [page.slug, ...page.aliases].map(pathOf)));
  const forwarded = new Set(ledger.lines.filter((line) => line.forward !== undefined).map((line) => line.address));
  const unlisted = pages.filter((page) => !listed.has(pathOf(page.slug)));
  const pattern = kind === 'trip' ? /^\/trips\/([^/]+)\/$/ : /^\/articles\/([^/]+)\/$/;
  for (const address of listed) {
    const slug = pattern.exec(address)?.[1];
    if (slug === undefined || live.has(address) || forwarded.has(address)) continue;
    const renamed = likeliestRename(slug, unlisted);
    const word = kind === 'trip' ? 'slug' : 'file name';
    problems.push(
      renamed !== undefined
        ? {
            file: renamed.file,
            field: 'aliases',
            found: renamed.aliases,
            expected: `The ${kind}'s earlier ${word} among its aliases, so that ${address}, which has been published, keeps working: aliases: [${[...renamed.aliases, slug].join(', ')}]. Or, if ${address} was another ${kind} that is gone, write where it now leads in ${LEDGER_FILE}: "${address} -> /new/address/".`,
          }
        : {
            file: LEDGER_FILE,
            field: address,
            found: `no ${kind} has the ${word} "${slug}"`,
            expected: `${address} has been published and must keep working: add "aliases: [${slug}]" to the ${kind} that took its place in content/${kind}s/, or write where it now leads on its line of ${LEDGER_FILE}: "${address} -> /new/address/".`,
          },
    );
  }
}

/** A stage id of the ledger that the story no longer has. */
function checkStageIds(ledger: AddressLedger, story: ContentEntry, problems: ContentProblem[]): void {
  const trip = story.raw['trip'];
  const stages = Array.isArray(story.raw['stages']) ? (story.raw['stages'] as { id?: unknown }[]) : [];
  if (typeof trip !== 'string') return;
  const page = tripStoryPath(trip);
  const ids = stages.map((stage) => `day-${String(stage.id)}`);
  const listed = listedAddresses(ledger);
  const newIndexes = ids.flatMap((id, index) => (listed.has(`${page}#${id}`) ? [] : [index]));
  for (const address of listed) {
    const anchor = anchorOf(address);
    if (pageOf(address) !== page || anchor === undefined || !anchor.startsWith('day-') || ids.includes(anchor))
      continue;
    const index = newIndexes.length === 1 ? newIndexes[0]! : undefined;
    problems.push({
      file: story.file,
      field: index === undefined ? 'stages' : `stages.${index}.id`,
      found: index === undefined ? `no stage with the id "${anchor.slice(4)}"` : stages[index]?.id,
      expected: `"${anchor.slice(4)}": a stage's id is its address (${address}), published already. Put the old id back, or, if the stage really is another, write where the old address now leads in ${LEDGER_FILE}: "${address} -> ${page}#day-<new id>".`,
    });
  }
}

/**
 * A reworded heading: the ledger lists a section of the article that is gone while a new
 * section has appeared. Anchors of the page's furniture (notes, stop table, correction
 * boxes) are left to the build, which sees them.
 */
function checkRewordedHeadings(
  ledger: AddressLedger,
  article: ContentEntry,
  headingIds: readonly string[],
  pageFurniture: ReadonlySet<string>,
  problems: ContentProblem[],
): void {
  const page = articlePagePath(article.fileId);
  const listed = listedAddresses(ledger);
  const formerAnchors = Object.keys((article.data?.['formerAnchors'] as Record<string, string> | undefined) ?? {});
  const known = new Set([...headingIds, ...formerAnchors, CHANGES_HEADING_ID]);
  const newHeadings = headingIds.filter((id) => !listed.has(`${page}#${id}`));
  if (newHeadings.length === 0) return;
  for (const address of listed) {
    const anchor = anchorOf(address);
    if (pageOf(address) !== page || anchor === undefined || known.has(anchor) || pageFurniture.has(anchor)) continue;
    if (PUBLISHED_ANCHOR_PREFIXES.some((prefix) => anchor.startsWith(prefix))) continue;
    if (/-(?:title|heading|caption)$/.test(anchor)) continue; // the headings of the page's own parts
    const guess = closestMatch(anchor, newHeadings) ?? (newHeadings.length === 1 ? newHeadings[0] : undefined);
    problems.push({
      file: article.file,
      field: `formerAnchors.${anchor}`,
      found: '(missing)',
      expected: `A section of this article was published at ${address}, and no heading has that id now. Keep the link working: under formerAnchors, write "${anchor}: ${guess ?? '<the id of the section it now is>'}" (the new headings' ids: ${newHeadings.join(', ')}).`,
    });
  }
}

/** Ids every published article page has, whatever its text: the page's own furniture. */
function furnitureOf(ledger: AddressLedger, articles: readonly Page[]): Set<string> {
  const anchorsByPage = articles.map(
    (article) =>
      new Set(
        ledger.lines
          .filter((line) => pageOf(line.address) === articlePagePath(article.slug))
          .map((line) => anchorOf(line.address)),
      ),
  );
  const [first, ...rest] = anchorsByPage;
  return new Set(
    [...(first ?? [])].filter(
      (anchor): anchor is string => anchor !== undefined && rest.every((anchors) => anchors.has(anchor)),
    ),
  );
}

export function checkAddresses(entries: readonly ContentEntry[], contentDir: string, problems: ContentProblem[]): void {
  const trips = pagesOf(entries, 'trips');
  const articles = pagesOf(entries, 'articles');
  checkAliases(trips, 'trip', problems);
  checkAliases(articles, 'article', problems);
  const ledger = readContentLedger(contentDir);
  problems.push(...ledgerSyntaxProblems(ledger));
  const furniture = articles.length > 1 ? furnitureOf(ledger, articles) : new Set<string>();
  for (const entry of entries) {
    if (entry.spec.name === 'articles' && entry.text !== undefined && entry.data !== undefined) {
      const headingIds = articleHeadingIds(entry.text);
      checkFormerAnchors(entry, headingIds, problems);
      if (entry.data['draft'] !== true) checkRewordedHeadings(ledger, entry, headingIds, furniture, problems);
    }
    if (entry.spec.name === 'stories') checkStageIds(ledger, entry, problems);
  }
  checkDroppedPages(ledger, trips, 'trip', problems);
  checkDroppedPages(ledger, articles, 'article', problems);
  const live = new Set([
    ...trips.map((trip) => tripPagePath(trip.slug)),
    ...articles.map((a) => articlePagePath(a.slug)),
  ]);
  ledger.lines.forEach((line) => {
    if (line.forward !== undefined && live.has(line.address)) {
      problems.push({
        file: LEDGER_FILE,
        field: line.address,
        found: `-> ${line.forward}`,
        expected: `No forward from a live page: ${line.address} is published. Remove "-> ${line.forward}" from its line.`,
      });
    }
  });
}
