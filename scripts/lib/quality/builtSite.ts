/**
 * Reads the built site in dist/: which pages it has, and every file in it. The list of
 * pages comes from the sitemap when the build has one, so the quality gates check what
 * search engines are told about; a site without a sitemap falls back to every
 * `index.html`. A sitemap that lists nothing is an error, not an empty pass.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { BuiltPage, BuiltSite } from './linkCheck.ts';

export const SITEMAP_INDEX = 'sitemap-index.xml';

export async function listBuiltFiles(distDir: string): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => '/' + relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The `<loc>` addresses of a sitemap or sitemap index, in document order. */
export function sitemapLocations(xml: string): string[] {
  const parsed = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' }).parse(xml) as {
    urlset?: { url?: { loc: string }[] };
    sitemapindex?: { sitemap?: { loc: string }[] };
  };
  const entries = parsed.urlset?.url ?? parsed.sitemapindex?.sitemap ?? [];
  return entries.map((entry) => String(entry.loc).trim());
}

/** Turns a public address into a site path, `https://host/a/b/` → `/a/b/`. */
export function toSitePath(address: string): string {
  return new URL(address).pathname;
}

async function pagePathsFromSitemap(distDir: string): Promise<string[]> {
  const index = sitemapLocations(await readFile(join(distDir, SITEMAP_INDEX), 'utf8'));
  const paths: string[] = [];
  for (const sitemap of index) {
    const file = join(distDir, toSitePath(sitemap));
    if (!existsSync(file)) throw new Error(`${SITEMAP_INDEX} names ${sitemap}, which is not in the build`);
    paths.push(...sitemapLocations(await readFile(file, 'utf8')).map(toSitePath));
  }
  if (paths.length === 0) throw new Error(`The sitemap in ${distDir} lists no pages`);
  return [...new Set(paths)];
}

/** The site path of every page to check, from the sitemap if there is one. */
export async function builtPagePaths(distDir: string): Promise<string[]> {
  if (existsSync(join(distDir, SITEMAP_INDEX))) return pagePathsFromSitemap(distDir);
  const files = await listBuiltFiles(distDir);
  const paths = files.filter((file) => file.endsWith('/index.html')).map((file) => file.replace(/index\.html$/, ''));
  if (paths.length === 0) throw new Error(`No pages found in ${distDir}: build the site first`);
  return paths;
}

export function pageFile(distDir: string, path: string): string {
  return join(distDir, path, 'index.html');
}

/**
 * Every built HTML page (not only those in the sitemap: a link may lead to a page the
 * sitemap leaves out, such as an embed) with every file, ready for the link checker.
 */
export async function readBuiltSite(distDir: string, siteOrigin: string): Promise<BuiltSite> {
  const files = await listBuiltFiles(distDir);
  const pages: BuiltPage[] = [];
  // A folder's index.html is addressed as the folder (/a/); other pages (/404.html) by name.
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    pages.push({ path: file.replace(/\/index\.html$/, '/'), html: await readFile(join(distDir, file), 'utf8') });
  }
  return { pages, files: new Set(files), siteOrigin };
}

/**
 * The public origin the site was built for, read from the home page's canonical link so
 * that the check follows whatever SITE_URL the build used.
 */
export async function builtSiteOrigin(distDir: string): Promise<string> {
  const home = await readFile(join(distDir, 'index.html'), 'utf8');
  const canonical = /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(home)?.[1];
  if (!canonical) throw new Error('The home page has no canonical link to learn the site address from');
  return new URL(canonical).origin;
}
