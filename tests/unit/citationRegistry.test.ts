import { describe, expect, it } from 'vitest';
import { createCitationRegistry } from '../../src/lib/citations/citationRegistry.ts';

describe('createCitationRegistry', () => {
  it('reuses a note number for a passage cited again', () => {
    const registry = createCitationRegistry(['a', 'b']);
    expect([registry.numberOf('b'), registry.numberOf('a'), registry.numberOf('b')]).toEqual([2, 1, 2]);
  });

  it('gives every reference to the same passage its own id', () => {
    const registry = createCitationRegistry(['a', 'b']);
    const anchors = ['a', 'b', 'a', 'a'].map((id) => registry.referenceAnchor(id));
    expect(anchors).toEqual(['ref-a', 'ref-b', 'ref-a-2', 'ref-a-3']);
  });
});
