import { describe, expect, it } from 'vitest';
import { parseRedirectsFile, redirectsFile } from '../../../src/lib/site/redirectsFile.ts';

describe('redirectsFile', () => {
  it('writes one permanent forward a line, which the reader gives back', () => {
    const forwards = [
      { from: '/trips/old-b/', to: '/trips/b/' },
      { from: '/trips/old-a/', to: '/trips/a/' },
    ];
    const text = redirectsFile(forwards);
    expect(text).toContain('/trips/old-a/ /trips/a/ 301\n');
    expect(parseRedirectsFile(text)).toEqual(
      expect.arrayContaining(forwards.map((forward) => ({ ...forward, status: 301 }))),
    );
    expect(parseRedirectsFile(text)).toHaveLength(2);
  });

  it('writes a forward given twice once, and refuses one address sent to two', () => {
    const forward = { from: '/trips/old/', to: '/trips/new/' };
    expect(parseRedirectsFile(redirectsFile([forward, forward]))).toHaveLength(1);
    expect(() => redirectsFile([forward, { from: '/trips/old/', to: '/trips/other/' }])).toThrow(
      /\/trips\/old\/ is forwarded twice/,
    );
  });

  it('refuses what is not a site path, and a forward to itself', () => {
    expect(() => redirectsFile([{ from: 'trips/old/', to: '/trips/new/' }])).toThrow(/site paths/);
    expect(() => redirectsFile([{ from: '/a b/', to: '/trips/new/' }])).toThrow(/site paths/);
    expect(() => redirectsFile([{ from: '/x/', to: '/x/' }])).toThrow(/to itself/);
  });
});

describe('parseRedirectsFile', () => {
  it('reads 302 where no status is written, skips comments, and names a bad line', () => {
    expect(parseRedirectsFile('# note\n\n/a /b\n')).toEqual([{ from: '/a', to: '/b', status: 302 }]);
    expect(() => parseRedirectsFile('/a\n')).toThrow(/line 1/);
    expect(() => parseRedirectsFile('/a /b 301 extra\n')).toThrow(/line 1/);
  });
});
