import { describe, expect, it } from 'vitest';
import { citationOrderWithCorrections, correctionOrder } from '../../../src/lib/content/citationIds.ts';
import type { MdxNote } from '../../../src/lib/content/mdxArticle.ts';

const notes: MdxNote[] = [
  { tag: 'Cite', id: 'a', heading: -1 },
  { tag: 'Correction', id: 'moscow', heading: 0 },
  { tag: 'Cite', id: 'b', heading: 0 },
  { tag: 'Cite', id: 'a', heading: 1 },
  { tag: 'Correction', id: 'moscow', heading: 1 },
];

describe('the order of an article’s notes', () => {
  it('puts a correction’s own citations where the correction stands, each passage once', () => {
    const citedBy = new Map([['moscow', ['corrected', 'record']]]);
    expect(citationOrderWithCorrections(notes, citedBy)).toEqual(['a', 'corrected', 'record', 'b']);
  });

  it('lists each correction once, in reading order', () => {
    expect(correctionOrder(notes)).toEqual(['moscow']);
  });
});
