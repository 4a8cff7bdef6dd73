import { describe, expect, it } from 'vitest';
import { findCopiedRuns, wordsOf } from '../../../../scripts/lib/text/copiedRuns.ts';

const SOURCE =
  'Comfort is evidently a priority for the North Korean leader, as this train moves at a leisurely pace, capable of reaching speeds of only about 50 kilometers per hour.';

describe('wordsOf', () => {
  it('ignores case, punctuation and curly against straight quotes', () => {
    expect(wordsOf('Kim’s TRAIN, “slow”.')).toEqual(wordsOf('kim\'s train "slow"'));
    expect(wordsOf('Kim’s TRAIN, “slow”.')).toEqual(["kim's", 'train', 'slow']);
  });
});

describe('findCopiedRuns', () => {
  it('finds a run of twelve words copied from a source', () => {
    const copied =
      'We read that this train moves at a leisurely pace, capable of reaching speeds of only about 50 km/h.';
    expect(findCopiedRuns(copied, [SOURCE])).toEqual([
      'this train moves at a leisurely pace capable of reaching speeds of only about 50',
    ]);
  });

  it('accepts eleven words in a row, the same facts in other words, and unrelated text', () => {
    const eleven = 'Indeed this train moves at a leisurely pace, capable of reaching speeds, it is said.';
    expect(wordsOf('this train moves at a leisurely pace capable of reaching speeds')).toHaveLength(11);
    expect(findCopiedRuns(eleven, [SOURCE])).toEqual([]);
    expect(findCopiedRuns('The train is slow: its top speed is only about 50 km/h.', [SOURCE])).toEqual([]);
  });

  it('reports separate runs separately and checks every source', () => {
    const other = 'North Korea possesses a total of 90 specialized carriages and operates three trains simultaneously.';
    const text = `${SOURCE} Then something else entirely. ${other}`;
    expect(findCopiedRuns(text, ['unrelated words only', SOURCE, other])).toHaveLength(2);
  });
});
