import { expect, test } from './support/test.ts';
import { findCopiedRuns } from '../../scripts/lib/text/copiedRuns.ts';
import { normaliseForComparison } from '../../src/lib/text/normaliseText.ts';
import { ownWordsText, pageText } from '../../scripts/lib/text/pageText.ts';
import { builtHtmlFiles, reportPassages, sourceDocuments } from '../support/builtHtml.ts';

/**
 * Checks on the text of every built page, read from dist/ after the build: what is
 * checked here is in the HTML itself, so no browser is needed.
 */

/** Page furniture and filler in the source documents that must never reach the site. */
const FURNITURE = [
  // document 000: the scraped page's navigation, image id, teaser, text-to-speech button and comment form
  'HomeBreaking News',
  'Breaking News',
  'image search',
  'Read Now',
  'Shah Rukh Khan',
  'Jawan',
  'responsivevoice',
  'Listen This Post',
  'Hindi Female',
  'Please enter your comment',
  'Please enter your name here',
  // document 000: the "Trending News" block
  'Trending News',
  'UFO',
  'Unexplained Aerial Phenomena',
  "Alzheimer's",
  'Sea Spider',
  'Beibu Gulf',
  'Territorial Sea Baseline',
  // filler sentences with no facts
  'As the world watches with bated breath',
  'the world holds its breath',
  'complex web of relationships between nations',
  'shifting dynamics of the global landscape',
  'a void in his diplomatic repertoire',
  'a glimmer of hope for fostering peaceful dialogue',
  'showcases the leader’s adaptability',
  'Overall, Kim’s travels to China and beyond demonstrate',
];

const pages = builtHtmlFiles();

test('the build produced pages to check', () => {
  expect(pages.length).toBeGreaterThan(1);
});

test('no built page contains page furniture or filler from the sources', () => {
  const found = pages.flatMap((page) => {
    const text = normaliseForComparison(pageText(page.html));
    return FURNITURE.filter((phrase) => text.includes(normaliseForComparison(phrase))).map(
      (phrase) => `${page.path}: "${phrase}"`,
    );
  });
  expect(found).toEqual([]);
});

test('no built page copies 12 or more words from a source outside a marked quotation', () => {
  const sources = [...sourceDocuments(), ...reportPassages()];
  expect(sources.length).toBeGreaterThan(0);
  const copied = pages.flatMap((page) =>
    findCopiedRuns(ownWordsText(page.html), sources).map((run) => `${page.path}: "${run}"`),
  );
  expect(copied).toEqual([]);
});

test('no word runs into a link: the space before it survives the build', () => {
  // Astro drops the line break between text and an element on the next line, so a source
  // written "as GeoJSON, or⏎<a>all the trips" is published as "orall the trips"; and a
  // hidden span's leading space, so a link is read out as "Sources and detailsfor Kim…".
  const runTogether = pages.flatMap((page) =>
    [...page.html.matchAll(/[A-Za-z,;:](?:<a\b|<span class="visually-hidden[ "])[^>]*>\s*([A-Za-z][^<]{0,20})/g)].map(
      (match) => `${page.path}: …${page.html.slice(Math.max(0, match.index - 20), match.index + 1)}|${match[1]}`,
    ),
  );
  expect(runTogether).toEqual([]);
});
