/**
 * What a build publishes, read from its output folder: every file (a page as its folder,
 * /trips/x/), every id of every page, the pages that only forward to another (the moved
 * pages of aliases) and the anchors a page forwards (AnchorForwards.astro).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import { publishedAnchors, type PageId } from './publishedAnchors.ts';
import { ANCHOR_FORWARD_CLASS } from './anchorForwards.ts';

/** Build output that is not an address anyone links to: hashed assets, indexes, host files. */
const NOT_ADDRESSES = [
  /^\/_astro\//,
  /^\/pagefind\//,
  /^\/map-data\//,
  /^\/_headers$/,
  /^\/_redirects$/,
  /^\/404\.html$/,
];

/** Pages whose ids belong to the frame they sit in, not to links readers make. */
const NO_PUBLISHED_ANCHORS = /^\/embed\//;

export interface BuiltPage {
  path: string;
  html: string;
}

export interface BuiltAddresses {
  /** Every address the ledger records: files, pages and the anchors readers link to. */
  published: Set<string>;
  /** Every address that lands somewhere: files, pages, and `page#id` for every id. */
  present: Set<string>;
  /** A page that only sends the reader on: its path → where it sends them. */
  pageForwards: Map<string, string>;
  /** Anchors a page sends on to another address: `page#old` → address. */
  anchorForwards: Map<string, string>;
}

interface PageScan {
  ids: PageId[];
  refreshTo?: string;
  anchorForwards: Record<string, string>;
}

function scanPage(html: string): PageScan {
  const scan: PageScan = { ids: [], anchorForwards: {} };
  /** The old anchor whose entry is open, waiting for its link. */
  let forwarded: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const id = attributes['id'];
        if (id) scan.ids.push({ id, heading: /^h[1-6]$/.test(name) });
        if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
          const url = /url=(.+)$/i.exec(attributes['content'] ?? '')?.[1];
          if (url) scan.refreshTo = url.trim();
        }
        if (id && attributes['class']?.split(/\s+/).includes(ANCHOR_FORWARD_CLASS)) forwarded = id;
        if (name === 'a' && forwarded !== undefined && attributes['href']) {
          scan.anchorForwards[forwarded] = attributes['href'];
          forwarded = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return scan;
}

/** Reads the addresses of built pages and files (given as paths from the site root). */
export function builtAddresses(files: readonly string[], pages: readonly BuiltPage[]): BuiltAddresses {
  const built: BuiltAddresses = {
    published: new Set(),
    present: new Set(),
    pageForwards: new Map(),
    anchorForwards: new Map(),
  };
  for (const file of files) {
    if (file.endsWith('.html') || NOT_ADDRESSES.some((pattern) => pattern.test(file))) continue;
    built.published.add(file);
    built.present.add(file);
  }
  for (const page of pages) {
    if (NOT_ADDRESSES.some((pattern) => pattern.test(page.path))) continue;
    const scan = scanPage(page.html);
    built.published.add(page.path);
    built.present.add(page.path);
    for (const { id } of scan.ids) built.present.add(`${page.path}#${id}`);
    if (scan.refreshTo !== undefined) built.pageForwards.set(page.path, scan.refreshTo);
    for (const [anchor, to] of Object.entries(scan.anchorForwards))
      built.anchorForwards.set(`${page.path}#${anchor}`, to);
    // A forwarding page has no anchors of its own: they travel on with the reader.
    if (scan.refreshTo !== undefined || NO_PUBLISHED_ANCHORS.test(page.path)) continue;
    for (const anchor of publishedAnchors(scan.ids)) built.published.add(`${page.path}#${anchor}`);
  }
  return built;
}

/** Reads a build's output folder. */
export async function readBuiltAddresses(outDir: string): Promise<BuiltAddresses> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => '/' + relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const pages: BuiltPage[] = [];
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    pages.push({ path: file.replace(/\/index\.html$/, '/'), html: await readFile(join(outDir, file), 'utf8') });
  }
  return builtAddresses(files, pages);
}
