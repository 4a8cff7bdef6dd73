import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test.ts';
import { DIST_DIR } from '../support/builtPages.ts';
import { indexedPages } from '../support/pagefindIndex.ts';
import { runTogetherWords } from '../support/runTogetherWords.ts';

/**
 * The search index read from dist/pagefind/, beside the pages it was made from: what a
 * search matches and what its excerpts quote. No browser is needed.
 */
const pages = indexedPages();

test('the build indexed the site for search', () => {
  expect(pages.length).toBeGreaterThan(1);
});

test('the index keeps the words apart that the pages set apart (no "When24 April 2019")', () => {
  const found = pages.flatMap((page) => {
    const html = readFileSync(join(DIST_DIR, page.url, 'index.html'), 'utf8');
    return runTogetherWords(html, page.content).map((word) => `${page.url}: ${word}`);
  });
  expect(found).toEqual([]);
});

/**
 * Words of the site's controls, found on pages readers search: a search for "map" or
 * "code" should find the story, not every page's buttons and embed instructions.
 */
const CONTROL_WORDS = ['Explore the map', 'Loading the map', 'Paste this code into your page', 'Copy code', 'BibTeX'];

test("the index holds the pages' words, not their controls' (no 'Explore the map' or embed code)", () => {
  const found = pages.flatMap((page) =>
    CONTROL_WORDS.filter((words) => page.content.includes(words)).map((words) => `${page.url}: ${words}`),
  );
  expect(found).toEqual([]);
});
