import { expect, test, type Page } from './support/test.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { scanStartTags } from '../../scripts/lib/quality/htmlTags.ts';
import { builtHtmlFiles } from '../support/builtHtml.ts';
import { DIST_DIR } from '../support/builtPages.ts';

/**
 * Every #passage-… link lands on its passage: the links of the built pages, and the
 * address the data dictionary gives each passage the data files cite
 * (/sources/#passage-<id>). Each link is followed through the built files: to the
 * passage, or to the entry of a page that forwards the anchor (/sources/ forwarding to a
 * decade page) and on through that entry's link. The browser then follows one forwarded
 * link to each page they lead to, where the forwarding script does the work.
 */

const PASSAGES_COLUMN = 'passages';

interface PageIds {
  /** Ids of elements that are the thing itself. */
  own: Set<string>;
  /** Entries that only forward an old anchor: its id → the address their link gives. */
  forwarded: Map<string, string>;
}

const pages = new Map<string, PageIds>(
  builtHtmlFiles().map(({ path, html }) => {
    const ids: PageIds = { own: new Set(), forwarded: new Map() };
    let entry: string | undefined;
    for (const tag of scanStartTags(html)) {
      const id = tag.attributes.get('id');
      const href = tag.attributes.get('href');
      if (tag.name === 'a' && entry !== undefined && href) {
        ids.forwarded.set(entry, href);
        entry = undefined;
      }
      if (!id) continue;
      if ((tag.attributes.get('class') ?? '').split(/\s+/).includes('anchor-forward')) entry = id;
      else ids.own.add(id);
    }
    return [`/${path}`.replace(/index\.html$/, ''), ids] as const;
  }),
);

function siteLinks(): string[] {
  const links = new Set<string>();
  for (const { path, html } of builtHtmlFiles()) {
    for (const tag of scanStartTags(html)) {
      const href = tag.attributes.get('href');
      if (tag.name !== 'a' || !href?.includes('#passage-')) continue;
      const url = new URL(href, `http://site.internal/${path}`);
      if (url.host === 'site.internal') links.add(url.pathname + url.hash);
    }
  }
  return [...links].sort();
}

/** The passage ids of every data file's `passages` column, as the dictionary names it. */
function dataLinks(): string[] {
  const ids = new Set<string>();
  const dataDir = join(DIST_DIR, 'data');
  for (const name of readdirSync(dataDir).filter((file) => file.endsWith('.csv'))) {
    const rows = parse(readFileSync(join(dataDir, name), 'utf8'), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    for (const row of rows) {
      for (const id of (row[PASSAGES_COLUMN] ?? '').split('|')) if (id.trim()) ids.add(id.trim());
    }
  }
  return [...ids].sort().map((id) => `/sources/#passage-${id}`);
}

const SITE_LINKS = siteLinks();
const DATA_LINKS = dataLinks();

function split(link: string): { path: string; id: string } {
  const [path = '', id = ''] = link.split('#');
  return { path, id: decodeURIComponent(id) };
}

/** Where a link lands in the built files: the link itself, or where its page forwards it. */
function landingOf(link: string): string | undefined {
  const seen = new Set<string>();
  let current = link;
  while (!seen.has(current)) {
    seen.add(current);
    const { path, id } = split(current);
    const ids = pages.get(path);
    if (ids?.own.has(id)) return current;
    const next = ids?.forwarded.get(id);
    if (next === undefined) return undefined;
    current = next;
  }
  return undefined;
}

const LINKS = [...new Set([...SITE_LINKS, ...DATA_LINKS])];

test('the site and the data files give #passage- links to follow', () => {
  expect(SITE_LINKS.length).toBeGreaterThan(0);
  expect(DATA_LINKS.length).toBeGreaterThan(0);
});

test('every #passage- link leads, directly or through a forward, to its passage', () => {
  const lost = LINKS.filter((link) => {
    const landed = landingOf(link);
    return landed === undefined || split(landed).id !== split(link).id;
  });
  expect(lost, `links that do not reach their passage:\n${lost.join('\n')}`).toEqual([]);
});

/** One forwarded link for each page the forwards lead to. */
const FORWARDED = [
  ...new Map(
    LINKS.filter((link) => landingOf(link) !== link).map((link) => [split(landingOf(link) ?? link).path, link]),
  ).values(),
];

async function landing(page: Page, link: string): Promise<string | null> {
  const { id } = split(link);
  await page.goto(link);
  await page.waitForURL((url) => decodeURIComponent(url.hash.slice(1)) === id && url.pathname !== split(link).path, {
    timeout: 5_000,
  });
  return page.evaluate((target) => {
    const element = document.getElementById(target);
    return element && !element.classList.contains('anchor-forward') ? location.pathname : null;
  }, id);
}

test('a forwarded #passage- link lands on the passage in the browser, on every page forwards lead to', async ({
  page,
}) => {
  expect(FORWARDED.length).toBeGreaterThan(0);
  test.setTimeout(Math.max(30_000, FORWARDED.length * 3_000));
  // Only the documents matter here: the passage's element and the forwarding script.
  await page.route(/\.(png|svg|woff2?|json|css)$/, (route) => route.abort());
  const missed: string[] = [];
  for (const link of FORWARDED) {
    const landed = await landing(page, link).catch(() => null);
    if (landed !== split(landingOf(link) ?? '').path) missed.push(link);
  }
  expect(missed, `did not land on the passage:\n${missed.join('\n')}`).toEqual([]);
});
