import { describe, expect, it } from 'vitest';
import { sectionUrl } from '../../../src/lib/site/sectionUrl.ts';

describe('sectionUrl', () => {
  const article = 'https://example.org/articles/a/';

  it('gives the full address of the page with the section as its fragment', () => {
    expect(sectionUrl(article, 'the-crossing')).toBe('https://example.org/articles/a/#the-crossing');
  });

  it('replaces a fragment already in the address and keeps the query', () => {
    expect(sectionUrl(`${article}?x=1#old`, 'new')).toBe('https://example.org/articles/a/?x=1#new');
  });
});
