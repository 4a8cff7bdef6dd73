import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../../src/lib/text/firstDifference.ts';

const DOCUMENT =
  'The train moves at a leisurely pace, capable of reaching speeds of only about 50 kilometers per hour (31 miles per hour).';

describe('firstDifference', () => {
  it('shows the words where a quote edited by one word parts from the document', () => {
    expect(firstDifference('capable of reaching speeds of only about 60 kilometers per hour', DOCUMENT)).toEqual({
      matched: 'capable of reaching speeds of only about',
      quote: '60 kilometers per hour',
      document: '50 kilometers per hour',
    });
  });

  it('ignores typography and case, as the quote check does', () => {
    expect(firstDifference('The train moves at a leisurely pace, CAPABLE of reaching', DOCUMENT)).toBeUndefined();
  });

  it('says when not even the first word is in the document', () => {
    expect(firstDifference('Armoured carriages hide the leader', DOCUMENT)).toEqual({
      matched: '',
      quote: 'armoured carriages hide the',
      document: undefined,
    });
  });

  it('says when the quote runs on past the end of the document', () => {
    expect(firstDifference('31 miles per hour). It stops at night', DOCUMENT)).toMatchObject({
      quote: 'it stops at night',
      document: '',
    });
  });
});
