/**
 * Where a quotation parts from the document it claims to quote: the words that match, then a
 * few words of each from there. An editor told only "not word for word" must reread the whole
 * passage to find that "50" became "60".
 */
import { normaliseForComparison } from './normaliseText.ts';

/** How many words of each side are shown after the point where they part. */
const SHOWN_WORDS = 4;

export interface Difference {
  /** The longest start of the quote found in the document, word for word ('' when not even the first word is). */
  matched: string;
  /** The quote's next words from there. */
  quote: string;
  /** The document's next words after the matched start ('' at its end), or undefined when nothing matched. */
  document: string | undefined;
}

/** Undefined when the whole quote is in the document (compared as the quote check compares). */
export function firstDifference(quote: string, document: string): Difference | undefined {
  const words = normaliseForComparison(quote).split(' ');
  const text = normaliseForComparison(document);
  const prefix = (count: number) => words.slice(0, count).join(' ');
  let matched = 0;
  while (matched < words.length && text.includes(prefix(matched + 1))) matched++;
  if (matched === words.length) return undefined;
  const next = words.slice(matched, matched + SHOWN_WORDS).join(' ');
  if (matched === 0) return { matched: '', quote: next, document: undefined };
  const start = prefix(matched);
  const after = text.slice(text.indexOf(start) + start.length).trim();
  return { matched: start, quote: next, document: after.split(' ').slice(0, SHOWN_WORDS).join(' ') };
}
