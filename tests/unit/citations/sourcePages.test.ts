import { describe, expect, it } from 'vitest';
import { decadeOf, passageHref, sourcePagePath } from '../../../src/lib/citations/sourcePages.ts';

describe('sourcePages', () => {
  it('keeps a seed document on the sources page, whatever its date', () => {
    expect(sourcePagePath({ file: 'doc.txt', date: '2023-09-12' })).toBe('/sources/');
  });

  it('files a report under the decade it was published in', () => {
    expect(decadeOf('2019-04-24')).toBe('2010s');
    expect(decadeOf('2001')).toBe('2000s');
    expect(passageHref('a-passage', { date: '2023-09' })).toBe('/sources/2020s/#passage-a-passage');
  });
});
