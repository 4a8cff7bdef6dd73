import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  headersFor,
  overlappingHeaders,
  parseHeadersFile,
  patternMatches,
} from '../../../../scripts/lib/quality/headersFile.ts';
import { parsePolicy, unsafeSources } from '../../../../scripts/lib/quality/contentSecurityPolicy.ts';
import { forwardedPagePaths } from '../../../../src/lib/site/addressForwards.ts';

const RULES = parseHeadersFile(readFileSync(new URL('../../../../public/_headers', import.meta.url), 'utf8'));
const PAGES_DIR = fileURLToPath(new URL('../../../../src/pages/', import.meta.url));
const PROJECT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * An address for every HTML page file in src/pages/ (dynamic segments filled with a
 * sample), so a new section without its rule in _headers fails here, not after deploying.
 */
function pageAddresses(): string[] {
  return readdirSync(PAGES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .flatMap((file) => {
      // The moved pages' route makes a page at each forwarded address: those addresses.
      if (file === '[...moved].astro') return [...forwardedPagePaths(PROJECT)];
      const route = file
        .replace(/\.astro$/, '')
        .replace(/\[[^\]]+\]/g, 'sample')
        .replace(/(^|\/)index$/, '');
      return [route === '404' ? '/404.html' : `/${route}/`.replace(/\/+/g, '/')];
    });
}

const ADDRESSES = pageAddresses();
const EMBEDS = ADDRESSES.filter((path) => path.startsWith('/embed/'));
const PAGES = ADDRESSES.filter((path) => !path.startsWith('/embed/'));
const EMBED = '/embed/route/';
const ONE_YEAR = 31_536_000;

function header(path: string, name: string): string {
  const value = headersFor(RULES, path).get(name);
  if (value === undefined) throw new Error(`${path} gets no ${name} header`);
  return value;
}

function policyOf(path: string) {
  const policy = header(path, 'content-security-policy');
  // Two policies joined by a comma would both be enforced; each page must get exactly one.
  expect(policy, `${path} gets more than one policy`).not.toContain(',');
  return parsePolicy(policy);
}

describe('the _headers format', () => {
  it('matches * across folders and :name within one segment', () => {
    expect(patternMatches('/*', '/a/b/')).toBe(true);
    expect(patternMatches('/embed/*', '/embed/route/')).toBe(true);
    expect(patternMatches('/embed/*', '/articles/embed/')).toBe(false);
    expect(patternMatches('/trips/:slug/', '/trips/x/')).toBe(true);
    expect(patternMatches('/trips/:slug/', '/trips/x/y/')).toBe(false);
  });

  it('joins a header set by two rules and drops one detached with !', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n  X-B: 1\n/x/*\n  ! X-B\n  X-A: 2\n  X-B: 2\n');
    expect(Object.fromEntries(headersFor(rules, '/x/y'))).toEqual({ 'x-a': '1, 2', 'x-b': '2' });
    expect(Object.fromEntries(headersFor(rules, '/y'))).toEqual({ 'x-a': '1', 'x-b': '1' });
  });

  it('finds a header that two rules set for the same path', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n/x/*\n  ! X-A\n  X-A: 2\n  X-B: 2\n');
    expect(overlappingHeaders(rules, '/x/y')).toEqual(['x-a']);
    expect(overlappingHeaders(rules, '/y')).toEqual([]);
  });

  it('rejects a header line without a value', () => {
    expect(() => parseHeadersFile('/*\n  X-A:\n')).toThrow(/line 2/);
  });
});

describe('public/_headers', () => {
  it('knows the site has pages and embeds to check', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['/', '/404.html', '/articles/sample/', '/trips/sample/']));
    expect(EMBEDS.length).toBeGreaterThan(0);
  });

  it('sets no header twice for any page, so every host sends the same', () => {
    for (const path of [...ADDRESSES, '/_astro/map.Ab12Cd34.js']) {
      expect(overlappingHeaders(RULES, path), path).toEqual([]);
    }
  });

  it('lets no page but an embed be framed', () => {
    for (const path of PAGES) expect(policyOf(path).get('frame-ancestors'), path).toEqual(["'none'"]);
    for (const path of [...EMBEDS, EMBED]) expect(policyOf(path).get('frame-ancestors'), path).toEqual(['*']);
  });

  it('leaves scripts and styles to the hashed policy Astro writes into each page', () => {
    for (const path of [...PAGES, EMBED]) {
      const policy = policyOf(path);
      for (const directive of ['default-src', 'script-src', 'style-src']) {
        expect(policy.has(directive), `${path} header sets ${directive}`).toBe(false);
      }
      expect(unsafeSources(policy), path).toEqual([]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
    }
  });

  it('sends the transport, sniffing, referrer and permissions rules with every page', () => {
    for (const path of [...PAGES, EMBED]) {
      const hsts = header(path, 'strict-transport-security');
      expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(ONE_YEAR);
      expect(hsts).toContain('includeSubDomains');
      expect(header(path, 'x-content-type-options')).toBe('nosniff');
      expect(header(path, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
      const permissions = header(path, 'permissions-policy');
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) {
        expect(permissions, `${path} ${feature}`).toContain(`${feature}=()`);
      }
    }
  });

  it("lets an embed in a sandboxed frame (no origin of its own) load the site's scripts, fonts and map data", () => {
    for (const path of ['/_astro/map.Ab12Cd34.js', '/_astro/noto-sans-kr.Ab12Cd34.woff2', '/map-data/routes.json']) {
      expect(header(path, 'access-control-allow-origin'), path).toBe('*');
    }
  });

  it('lets a page on any site read the data files, and no page', () => {
    for (const path of ['/data/', '/data/trips.csv', '/data/trips/sample.geojson']) {
      expect(header(path, 'access-control-allow-origin'), path).toBe('*');
    }
    for (const path of [...PAGES, EMBED].filter((address) => !address.startsWith('/data/'))) {
      expect(headersFor(RULES, path).has('access-control-allow-origin'), path).toBe(false);
    }
  });

  it('caches hashed /_astro/ assets for a year as immutable, and pages not at all that way', () => {
    const assetCache = header('/_astro/map.Ab12Cd34.js', 'cache-control');
    expect(assetCache).toContain('immutable');
    expect(Number(/max-age=(\d+)/.exec(assetCache)?.[1])).toBeGreaterThanOrEqual(ONE_YEAR);
    for (const path of PAGES)
      expect(headersFor(RULES, path).get('cache-control') ?? '', path).not.toContain('immutable');
  });
});
