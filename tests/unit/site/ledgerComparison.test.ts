import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../../src/lib/site/addressLedger.ts';
import { builtAddresses, type BuiltPage } from '../../../src/lib/site/builtAddresses.ts';
import { compareWithLedger } from '../../../src/lib/site/ledgerComparison.ts';

/** Built pages by address: a page, a trip, a moved page, /sources/ forwarding a passage, a decade page. */
const [ARTICLE, TRIP, MOVED, FORWARDING, DECADE] = Object.entries({
  '/articles/the-journey/':
    '<main><h2 id="before-the-trip">Before</h2><ol><li id="note-1">1</li></ol><p id="passage-x">x</p></main>',
  '/trips/new-slug/':
    '<main><li id="at-khasan">Khasan</li><section id="source-a" aria-labelledby="source-a-title"><h3 id="source-a-title">A</h3></section></main>',
  '/trips/old-slug/':
    '<head><meta http-equiv="refresh" content="0; url=/trips/new-slug/"></head><main><h1>This page has moved</h1></main>',
  '/sources/':
    '<main><h2 id="corrections-title">C</h2><ul><li id="passage-y" class="anchor-forward">Now at <a href="/sources/2020s/#passage-y">…</a></li></ul></main>',
  '/sources/2020s/': '<main><li id="passage-y">y</li></main>',
}).map(([path, html]): BuiltPage => ({ path, html })) as [BuiltPage, BuiltPage, BuiltPage, BuiltPage, BuiltPage];
const FILES = ['/data/trips.csv', '/_astro/x.js', '/articles/the-journey/index.html', '/404.html'];

function built(pages: BuiltPage[] = [ARTICLE, TRIP, MOVED, FORWARDING, DECADE]) {
  return builtAddresses(FILES, pages);
}

describe('what a build publishes', () => {
  it('lists files, pages and the anchors readers link to, not assets, notes or the labels of sections', () => {
    const { published } = built();
    expect(published).toContain('/data/trips.csv');
    expect(published).toContain('/articles/the-journey/#before-the-trip');
    expect(published).toContain('/articles/the-journey/#passage-x');
    expect(published).toContain('/trips/new-slug/#source-a');
    expect(published).toContain('/sources/#passage-y');
    expect(published).not.toContain('/_astro/x.js');
    expect(published).not.toContain('/404.html');
    expect(published).not.toContain('/articles/the-journey/#note-1');
    expect(published).not.toContain('/trips/new-slug/#source-a-title');
  });
});

describe('a build held to the ledger', () => {
  it('passes when every listed address still lands, and names the new ones', () => {
    const ledger = parseLedger('/articles/the-journey/\n/articles/the-journey/#before-the-trip\n/data/trips.csv\n');
    const { problems, added } = compareWithLedger(ledger, built());
    expect(problems).toEqual([]);
    expect(added).toContain('/trips/new-slug/#at-khasan');
    expect(added).not.toContain('/data/trips.csv');
  });

  it('refuses a dropped heading, naming the article file and formerAnchors', () => {
    const ledger = parseLedger('/articles/the-journey/#leaving-pyongyang\n');
    const [problem, ...rest] = compareWithLedger(ledger, built()).problems;
    expect(rest).toEqual([]);
    expect(problem?.file).toBe('content/addresses.txt');
    expect(problem?.field).toBe('/articles/the-journey/#leaving-pyongyang');
    expect(problem?.expected).toContain('formerAnchors');
    expect(problem?.expected).toContain('content/articles/the-journey.mdx');
  });

  it('refuses a dropped page, a trip file and a card, naming the fix', () => {
    const ledger = parseLedger('/articles/gone/\n/data/trips/gone.geojson\n/og/trips/gone.png\n');
    const problems = compareWithLedger(ledger, built()).problems;
    expect(problems.map((problem) => problem.field)).toEqual([
      '/articles/gone/',
      '/data/trips/gone.geojson',
      '/og/trips/gone.png',
    ]);
    expect(problems[0]?.expected).toContain('aliases: [gone]');
    expect(problems[1]?.expected).toContain('aliases: [gone]');
  });

  it('follows a moved page with its anchor, and the ledger’s and a page’s forwards', () => {
    const ledger = parseLedger(
      '/trips/old-slug/#at-khasan\n/trips/new-slug/#at-ussuriysk -> /trips/new-slug/#at-khasan\n/sources/#passage-y\n',
    );
    expect(compareWithLedger(ledger, built()).problems).toEqual([]);
    const lost = parseLedger('/trips/old-slug/#at-ussuriysk\n');
    expect(compareWithLedger(lost, built()).problems).toHaveLength(1);
  });

  it('refuses a forward that leads nowhere', () => {
    const ledger = parseLedger('/articles/the-journey/#old -> /articles/the-journey/#nowhere\n');
    const [problem] = compareWithLedger(ledger, built()).problems;
    expect(problem?.field).toBe('/articles/the-journey/#old');
    expect(problem?.expected).toContain('nothing is at /articles/the-journey/#nowhere');
    const page = { ...FORWARDING, html: FORWARDING.html.replace('/sources/2020s/', '/sources/1990s/') };
    expect(compareWithLedger(parseLedger(''), built([page, DECADE])).problems).toHaveLength(1);
  });
});
