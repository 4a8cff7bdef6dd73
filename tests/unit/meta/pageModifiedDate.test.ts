import { describe, expect, it } from 'vitest';
import { MODIFIED_META_NAME, pageModifiedDate } from '../../../src/lib/meta/pageModifiedDate.ts';

describe('pageModifiedDate', () => {
  it('reads the day the page gives in its head', () => {
    const html = `<html><head><meta name="description" content="x"><meta name="${MODIFIED_META_NAME}" content="2026-12-01"></head><body></body></html>`;
    expect(pageModifiedDate(html)).toBe('2026-12-01');
  });

  it('gives nothing for a page that states no date', () => {
    expect(pageModifiedDate('<html><head><meta property="og:title" content="x"></head></html>')).toBeUndefined();
  });
});
