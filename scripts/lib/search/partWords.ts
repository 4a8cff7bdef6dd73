/**
 * Pagefind reads a page's text as one string and parts words only at a few elements (p,
 * td, div, li, headings): "<dt>When</dt><dd>24 April 2019</dd>" is indexed as "When24 April
 * 2019", and a searcher sees that in the excerpt. On the page, the layout sets the two
 * apart. Before indexing, a space goes wherever tags alone stand between a word's end
 * and the next word's start; punctuation that closes a phrase ("Kim</a>,") is left as
 * it is. Only the text handed to the indexer changes, never the pages served.
 */
const WORD_END = String.raw`[\p{L}\p{N}.,:;!?)\]’”]`;
const WORD_START = String.raw`[\p{L}\p{N}(\[‘“]`;
const TAGS_BETWEEN_WORDS = new RegExp(`(${WORD_END})((?:<[^<>]*>)+)(?=${WORD_START})`, 'gu');

export function partWordsBetweenElements(html: string): string {
  return html.replace(TAGS_BETWEEN_WORDS, '$1$2 ');
}
