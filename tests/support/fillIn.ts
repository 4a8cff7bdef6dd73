/**
 * Fills in a file made by `npm run new` the way EDITING.md tells an editor to: each
 * field's TODO replaced by a value, the article text written over its TODO lines.
 */
import { replaceOnce } from '../../scripts/lib/tempProject.ts';

/** Replaces the value of each named field (a line "name: …TODO…") with the given YAML text. */
export function fillFields(values: Record<string, string>): (text: string) => string {
  return (text) => {
    let filled = text;
    for (const [name, value] of Object.entries(values)) {
      const line = new RegExp(`^(\\s*)${name}: .*TODO.*$`, 'm');
      if (!line.test(filled)) throw new Error(`No TODO line for the field "${name}" in the scaffolded file.`);
      filled = filled.replace(line, (_match, indent: string) => `${indent}${name}: ${value}`);
    }
    return filled;
  };
}

/** Replaces the article text below the fields. */
export function writeArticleText(body: string): (text: string) => string {
  return (text) => {
    const end = text.indexOf('\n---\n', 4);
    if (end === -1) throw new Error('The scaffolded article has no closing --- line.');
    return `${text.slice(0, end)}\n---\n\n${body}\n`;
  };
}

/** Adds a passage to the end of a source file's passages list. */
export function addPassage(id: string, topic: string, quote: string): (text: string) => string {
  return (text) => `${text.trimEnd()}\n  - id: ${id}\n    topic: ${topic}\n    quote: >-\n      ${quote}\n`;
}

/**
 * A place, a passage and a trip that exist only in the tests' copies of the project, so
 * that content added to the real site never collides with them.
 */
export const TEST_PLACE_NAME = 'Editor Test Station';

export const TEST_PLACE = {
  latitude: '21.9519',
  longitude: '106.7003',
  kind: 'station',
  country: 'VN',
  source: 'GeoNames',
  url: 'https://www.geonames.org/1582102',
};

export const TEST_PASSAGE = addPassage(
  'editor-test-passage',
  'The train journey to Hanoi in 2019',
  'for a meeting with Trump in Hanoi, Vietnam, Kim opted to take his train on a two-and-a-half day journey',
);

export const TEST_TRIP_TITLE = 'Kim Jong Un by train on a test journey';

export const TEST_TRIP = {
  leader: 'kim-jong-un',
  start: "'2019'",
  mode: 'train',
  origin: 'pyongyang',
  destination: 'editor-test-station',
  summary: "'Kim Jong Un rode his armored train for two and a half days on a journey made up for the tests.'",
  citations: '[editor-test-passage]',
  verification: 'reported-by-media',
};

export { replaceOnce };
