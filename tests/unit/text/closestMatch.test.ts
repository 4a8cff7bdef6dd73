import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../../src/lib/text/closestMatch.ts';

describe('editDistance', () => {
  it('counts a dropped letter, a wrong letter and a swap as one mistake each', () => {
    expect(editDistance('destination', 'destinaton')).toBe(1);
    expect(editDistance('origin', 'origen')).toBe(1);
    expect(editDistance('leader', 'laeder')).toBe(1);
    expect(editDistance('train', 'tram')).toBe(2);
  });
});

describe('closestMatch', () => {
  const fields = ['origin', 'destination', 'stops', 'summary', 'start'];

  it('finds the field a typo was meant to be', () => {
    expect(closestMatch('destinaton', fields)).toBe('destination');
    expect(closestMatch('Summary', fields)).toBe('summary');
  });

  it('suggests nothing for a word unlike any candidate', () => {
    expect(closestMatch('photographer', fields)).toBeUndefined();
    expect(didYouMean('photographer', fields)).toBe('');
  });

  it('phrases the hint as a question', () => {
    expect(didYouMean('vladivostock', ['pyongyang', 'vladivostok'])).toBe(' Did you mean "vladivostok"?');
  });
});
