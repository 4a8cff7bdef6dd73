/**
 * Names a page gives the site search without showing them: a leader's or a place's name
 * in Korean, Russian or Chinese beside the English one the page shows, so a reader who
 * searches 김정은 or Владивосток finds the pages the English names are on. Pagefind indexes
 * the attribute as text of the element's parent (`data-pagefind-index-attrs`).
 */
export const SEARCH_NAMES_ATTRIBUTE = 'data-search-names';

export function searchNamesAttributes(names: readonly (string | undefined)[]): Record<string, string> {
  const present = [...new Set(names.filter((name): name is string => name !== undefined && name.trim() !== ''))];
  if (present.length === 0) return {};
  return { 'data-pagefind-index-attrs': SEARCH_NAMES_ATTRIBUTE, [SEARCH_NAMES_ATTRIBUTE]: present.join(' ') };
}
