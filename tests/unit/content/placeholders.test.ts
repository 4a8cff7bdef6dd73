import { describe, expect, it } from 'vitest';
import { findPlaceholderFields, findPlaceholderLines } from '../../../src/lib/content/placeholders.ts';

describe('placeholders', () => {
  it('finds the TODO marker in fields at any depth, with their path', () => {
    const found = findPlaceholderFields({
      title: 'Done',
      leader: 'TODO',
      name: { en: 'TODO: the English name' },
      citations: ['speed-50kmh', 'TODO'],
      latitude: 43.1,
    });
    expect(found.map((entry) => entry.path.join('.'))).toEqual(['leader', 'name.en', 'citations.1']);
  });

  it('does not mistake words that merely contain the letters', () => {
    expect(findPlaceholderFields({ summary: 'Mastodon and TODOS are not markers' })).toEqual([]);
  });

  it('numbers the lines of free text from the given first line', () => {
    expect(findPlaceholderLines('Intro\n\nTODO: write this\n', 10)).toEqual([{ line: 12, text: 'TODO: write this' }]);
  });
});
