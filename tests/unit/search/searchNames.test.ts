import { describe, expect, it } from 'vitest';
import { SEARCH_NAMES_ATTRIBUTE, searchNamesAttributes } from '../../../src/lib/search/searchNames.ts';

describe('searchNamesAttributes', () => {
  it('asks Pagefind to index the names, each once', () => {
    expect(searchNamesAttributes(['김정은', undefined, 'Владивосток', '김정은'])).toEqual({
      'data-pagefind-index-attrs': SEARCH_NAMES_ATTRIBUTE,
      [SEARCH_NAMES_ATTRIBUTE]: '김정은 Владивосток',
    });
  });

  it('adds nothing when there is no name to give', () => {
    expect(searchNamesAttributes([undefined, ' '])).toEqual({});
  });
});
