import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { expect, test } from './support/test.ts';
import { scanStartTags } from '../../scripts/lib/quality/htmlTags.ts';
import { builtHtmlFiles } from '../support/builtHtml.ts';
import { DIST_DIR } from '../support/builtPages.ts';
import { builtEmbedCodes, embedSrc } from '../support/builtEmbedCodes.ts';

/**
 * oEmbed (https://oembed.com/), read from dist/ as a CMS reads it: every page that offers an
 * embed code, and every embed page, names its oEmbed document in a discovery link, and each
 * document is a valid "rich" response whose html is the code the page offers.
 */
const OEMBED_RICH_SCHEMA = {
  type: 'object',
  required: ['type', 'version', 'html', 'width', 'height'],
  properties: {
    type: { const: 'rich' },
    version: { const: '1.0' },
    title: { type: 'string', minLength: 1 },
    author_name: { type: 'string' },
    author_url: { type: 'string', format: 'uri' },
    provider_name: { type: 'string', minLength: 1 },
    provider_url: { type: 'string', format: 'uri' },
    cache_age: { type: 'integer', minimum: 0 },
    thumbnail_url: { type: 'string', format: 'uri' },
    thumbnail_width: { type: 'integer', minimum: 1 },
    thumbnail_height: { type: 'integer', minimum: 1 },
    html: { type: 'string', pattern: '^<iframe ' },
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
  },
  // The spec: a thumbnail's address, width and height come together or not at all.
  dependencies: {
    thumbnail_url: ['thumbnail_width', 'thumbnail_height'],
    thumbnail_width: ['thumbnail_url', 'thumbnail_height'],
    thumbnail_height: ['thumbnail_url', 'thumbnail_width'],
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(OEMBED_RICH_SCHEMA);

interface Discovery {
  href: string;
  title: string | undefined;
}

function discoveryLinks(html: string): Discovery[] {
  return scanStartTags(html)
    .filter(
      (tag) =>
        tag.name === 'link' &&
        tag.attributes.get('rel') === 'alternate' &&
        tag.attributes.get('type') === 'application/json+oembed',
    )
    .map((tag) => ({ href: tag.attributes.get('href') ?? '', title: tag.attributes.get('title') }));
}

const pages = builtHtmlFiles();
const codes = builtEmbedCodes();
const embedPages = pages.filter((file) => file.path.startsWith('embed/') && !/http-equiv="refresh"/.test(file.html));
const offering = new Map<string, string[]>();
for (const { code, offeredOn } of codes)
  for (const path of offeredOn) offering.set(path, [...(offering.get(path) ?? []), code]);

function readOembed(href: string): unknown {
  const file = join(DIST_DIR, new URL(href).pathname);
  expect(existsSync(file), `${href} is built`).toBe(true);
  return JSON.parse(readFileSync(file, 'utf8'));
}

test('every page that offers an embed code names an oEmbed document for each code it offers', () => {
  expect(offering.size).toBeGreaterThan(2);
  for (const [path, offered] of offering) {
    const html = pages.find((file) => file.path === path)!.html;
    const links = discoveryLinks(html);
    expect(links.length, `${path}: oEmbed links`).toBe(offered.length);
    const served = links.map((link) => (readOembed(link.href) as { html: string }).html);
    expect(served.toSorted(), `${path}: the oEmbed html is the code the page offers`).toEqual(offered.toSorted());
    for (const link of links) expect(link.title, `${path}: ${link.href} has a title`).toBeTruthy();
  }
});

test('every embed page names its own oEmbed document', () => {
  expect(embedPages.length).toBeGreaterThan(2);
  for (const { path, html } of embedPages) {
    const links = discoveryLinks(html);
    expect(links.length, `${path}: oEmbed links`).toBe(1);
    const code = (readOembed(links[0]!.href) as { html: string }).html;
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    // An embed at a trip's earlier address describes the trip's own embed.
    expect(embedSrc(code).pathname, path).toMatch(/^\/embed\//);
    expect(
      codes.some((offered) => offered.code === code),
      `${path}: the code is one the site offers`,
    ).toBe(true);
    expect(canonical, `${path}: canonical link`).toBeTruthy();
  }
});

test('every oEmbed document is a valid rich response that frames a built embed', () => {
  const hrefs = new Set(pages.flatMap((file) => discoveryLinks(file.html).map((link) => link.href)));
  expect(hrefs.size).toBeGreaterThanOrEqual(codes.length);
  for (const href of hrefs) {
    const document = readOembed(href) as Record<string, unknown>;
    const valid = validate(document);
    expect(valid ? [] : validate.errors, href).toEqual([]);
    const src = embedSrc(document['html'] as string);
    expect(existsSync(join(DIST_DIR, src.pathname, 'index.html')), `${href}: ${src.pathname} is built`).toBe(true);
    // The frame the code makes is the size the document says.
    expect(document['html'], href).toContain(`height="${document['height']}"`);
    expect(new URL(document['provider_url'] as string).pathname, href).toBe('/');
  }
});
