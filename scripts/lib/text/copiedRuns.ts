/**
 * Finds runs of words the site shares with a source document: the test that the site's
 * text is written in its own words. A run of `minWords` or more identical words, in the
 * same order, is taken as copying rather than coincidence.
 */
import { normaliseForComparison } from '../../../src/lib/text/normaliseText.ts';

export const COPY_THRESHOLD_WORDS = 12;

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** The words of a text, lower-cased, with punctuation and typography set aside. */
export function wordsOf(text: string): string[] {
  return normaliseForComparison(text).match(WORD) ?? [];
}

function shingles(words: readonly string[], size: number): Set<string> {
  const set = new Set<string>();
  for (let start = 0; start + size <= words.length; start += 1) set.add(words.slice(start, start + size).join(' '));
  return set;
}

/**
 * Every maximal run of at least `minWords` words of `text` that also occurs, word for
 * word, in one of the `sources`.
 */
export function findCopiedRuns(
  text: string,
  sources: readonly string[],
  minWords: number = COPY_THRESHOLD_WORDS,
): string[] {
  const sourceShingles = new Set(sources.flatMap((source) => [...shingles(wordsOf(source), minWords)]));
  const words = wordsOf(text);
  const copied = new Array<boolean>(words.length).fill(false);
  for (let start = 0; start + minWords <= words.length; start += 1) {
    if (sourceShingles.has(words.slice(start, start + minWords).join(' '))) {
      copied.fill(true, start, start + minWords);
    }
  }
  const runs: string[] = [];
  let runStart = -1;
  copied.forEach((isCopied, index) => {
    if (isCopied && runStart === -1) runStart = index;
    if (!isCopied && runStart !== -1) {
      runs.push(words.slice(runStart, index).join(' '));
      runStart = -1;
    }
  });
  if (runStart !== -1) runs.push(words.slice(runStart).join(' '));
  return runs;
}
