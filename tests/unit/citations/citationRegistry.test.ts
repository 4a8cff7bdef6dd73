import { describe, expect, it } from 'vitest';
import { createCitationRegistry } from '../../../src/lib/citations/citationRegistry.ts';

describe('createCitationRegistry', () => {
  it('numbers passages in reading order and reuses the number for a passage cited again', () => {
    const registry = createCitationRegistry(['b', 'a']);
    expect([registry.numberOf('a'), registry.numberOf('b'), registry.numberOf('a')]).toEqual([2, 1, 2]);
    expect(registry.ids).toEqual(['b', 'a']);
  });

  it('refuses a passage that is not among the notes read from the text, rather than add a note out of order', () => {
    const registry = createCitationRegistry(['a']);
    expect(() => registry.numberOf('c')).toThrow('<Cite id="c" />');
    expect(registry.ids).toEqual(['a']);
  });

  it('gives every reference to the same passage its own element id', () => {
    const registry = createCitationRegistry(['a']);
    const ids = [registry.referenceId('a'), registry.referenceId('a'), registry.referenceId('a')];
    expect(ids).toEqual(['ref-a-1', 'ref-a-1-2', 'ref-a-1-3']);
    expect(new Set(ids).size).toBe(3);
  });
});
