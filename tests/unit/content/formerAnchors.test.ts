import { describe, expect, it } from 'vitest';
import { formerAnchorsByTarget } from '../../../src/lib/content/formerAnchors.ts';

const RENDERED = new Set(['why-by-train', 'corrections-and-updates']);

describe('formerAnchorsByTarget', () => {
  it('groups old anchors by the id they now lead to', () => {
    expect(
      formerAnchorsByTarget(
        { 'old-heading': 'why-by-train', 'correction-x': 'corrections-and-updates', 'older-heading': 'why-by-train' },
        RENDERED,
        'content/articles/a.mdx',
      ),
    ).toEqual(
      new Map([
        ['why-by-train', ['old-heading', 'older-heading']],
        ['corrections-and-updates', ['correction-x']],
      ]),
    );
  });

  it('refuses a target the page does not render, naming the file, the anchor and the ids it could lead to', () => {
    expect(() =>
      formerAnchorsByTarget({ 'old-heading': 'no-such-section' }, RENDERED, 'content/articles/a.mdx'),
    ).toThrow(/content\/articles\/a\.mdx: formerAnchors\.old-heading leads to "no-such-section".*why-by-train/);
  });

  it('refuses an old anchor that is still an id on the page', () => {
    expect(() => formerAnchorsByTarget({ 'why-by-train': 'corrections-and-updates' }, RENDERED, 'a.mdx')).toThrow(
      /still an id on the page/,
    );
  });
});
