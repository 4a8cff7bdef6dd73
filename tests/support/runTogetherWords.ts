/**
 * Words of a search index that the page never shows: two words the page sets apart (in
 * two cells, a term and its value, a date and a place) that the indexer ran together, as
 * "When24" from <dt>When</dt><dd>24 April 2019</dd>. The page's words are read with every
 * element parting words (pageText.ts), plus the names the page gives search alone
 * (`data-pagefind-index-attrs`).
 */
import { Parser } from 'htmlparser2';
import { pageText } from '../../scripts/lib/text/pageText.ts';

/** Runs of letters and digits, as search matches them: "km/h." gives "km" and "h". */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Attribute values an element asks Pagefind to index as text. */
function indexedAttributeText(html: string): string {
  const values: string[] = [];
  const parser = new Parser({
    onopentag(_name, attributes) {
      for (const name of (attributes['data-pagefind-index-attrs'] ?? '').split(',')) {
        const value = attributes[name.trim()];
        if (value !== undefined) values.push(value);
      }
    },
  });
  parser.write(html);
  parser.end();
  return values.join(' ');
}

export function runTogetherWords(html: string, indexedText: string): string[] {
  const shown = new Set(words(`${pageText(html)} ${indexedAttributeText(html)}`));
  return [...new Set(words(indexedText).filter((word) => !shown.has(word)))];
}
