/**
 * Finds internal links and #anchors in the built site that lead nowhere. The site is
 * built with `trailingSlash: 'always'` and directory-style pages, so a page is
 * addressed as `/path/` (served from `path/index.html`); `/path` without the slash is
 * reported, because the server answers it with a redirect or a 404, not the page.
 */
import { scanStartTags } from './htmlTags.ts';

export interface BuiltPage {
  /** The page's address, such as `/articles/the-2023-journey/`. */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  attribute: string;
  link: string;
  reason: string;
}

export interface BuiltSite {
  pages: BuiltPage[];
  /** Every file in the build, as paths from the site root (`/favicon.svg`). */
  files: ReadonlySet<string>;
  /** The public origin the site is built for; absolute links to it count as internal. */
  siteOrigin: string;
}

const LINK_ATTRIBUTES = ['href', 'src', 'srcset'] as const;

/** Addresses a page can be reached at, and the ids a fragment may point to in it. */
function collectIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of scanStartTags(html)) {
    const id = tag.attributes.get('id');
    if (id) ids.add(id);
    const name = tag.attributes.get('name');
    if (tag.name === 'a' && name) ids.add(name);
  }
  return ids;
}

function linksOf(html: string): { attribute: string; link: string }[] {
  const links: { attribute: string; link: string }[] = [];
  for (const tag of scanStartTags(html)) {
    for (const attribute of LINK_ATTRIBUTES) {
      const value = tag.attributes.get(attribute);
      if (value === undefined) continue;
      if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) links.push({ attribute: `${tag.name}[srcset]`, link: url });
        }
      } else {
        links.push({ attribute: `${tag.name}[${attribute}]`, link: value.trim() });
      }
    }
  }
  return links;
}

function hasFileExtension(pathname: string): boolean {
  const last = pathname.split('/').pop() ?? '';
  return last.includes('.');
}

export function checkLinks(site: BuiltSite): BrokenLink[] {
  const idsByPage = new Map(site.pages.map((page) => [page.path, collectIds(page.html)]));
  const broken: BrokenLink[] = [];
  const internalBase = 'http://site.internal';

  for (const page of site.pages) {
    for (const { attribute, link } of linksOf(page.html)) {
      const report = (reason: string) => broken.push({ page: page.path, attribute, link, reason });
      if (link === '') {
        report('the link is empty');
        continue;
      }
      let target: URL;
      try {
        const absolute = new URL(link, new URL(page.path, site.siteOrigin));
        if (absolute.origin !== new URL(site.siteOrigin).origin) continue;
        target = new URL(absolute.pathname + absolute.search + absolute.hash, internalBase);
      } catch {
        report('not a valid URL');
        continue;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(target.pathname);
      } catch {
        report('badly encoded path');
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));

      let targetIds: Set<string> | undefined;
      if (pathname.endsWith('/')) {
        targetIds = idsByPage.get(pathname);
        if (!targetIds) {
          report(`no page is built at ${pathname}`);
          continue;
        }
      } else if (hasFileExtension(pathname)) {
        if (!site.files.has(pathname)) {
          report(`no file ${pathname} in the build`);
          continue;
        }
        if (pathname.endsWith('.html')) targetIds = idsByPage.get(pathname.replace(/\/index\.html$/, '/'));
      } else {
        report(`pages are addressed with a trailing slash: write ${pathname}/`);
        continue;
      }

      if (fragment && targetIds && !targetIds.has(fragment)) {
        report(`no element with id="${fragment}" on ${pathname}`);
      }
    }
  }
  return broken;
}

export function describeBrokenLink(link: BrokenLink): string {
  return `${link.page}: ${link.attribute}="${link.link}" — ${link.reason}`;
}
