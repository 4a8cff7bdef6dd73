import { describe, expect, it } from 'vitest';
import { partWordsBetweenElements } from '../../../../scripts/lib/search/partWords.ts';

describe('partWordsBetweenElements', () => {
  it('parts a term from its value and a cell from the next, as the layout does', () => {
    expect(partWordsBetweenElements('<dt>When</dt><dd>24 April 2019</dd>')).toBe(
      '<dt>When</dt><dd> 24 April 2019</dd>',
    );
    expect(partWordsBetweenElements('<th>From</th><th>To</th>')).toBe('<th>From</th><th> To</th>');
    expect(partWordsBetweenElements('<span>stop:</span><span lang="ru">Владивосток</span>')).toBe(
      '<span>stop:</span><span lang="ru"> Владивосток</span>',
    );
  });

  it('leaves punctuation against its word and text without tags alone', () => {
    const html = '<a href="/x/">Kim Jong Un</a>, <a>Putin</a>’s train. Plain text.';
    expect(partWordsBetweenElements(html)).toBe(html);
  });

  it('sets a note marker apart from the word before it', () => {
    expect(partWordsBetweenElements('train<sup>[1]</sup>.')).toBe('train<sup> [1]</sup>.');
  });
});
