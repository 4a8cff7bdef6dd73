/**
 * Fills in a file made by `npm run new` the way EDITING.md tells an editor to: each
 * field's TODO replaced by a value, the article text written over its TODO lines.
 */
import { replaceOnce, type TempProject } from '../../scripts/lib/tempProject.ts';

/** The values for a file's fields: a YAML text a field, or the values of a block's fields under its name. */
export interface FieldValues {
  [name: string]: string | FieldValues;
}

/**
 * Replaces the value of each named field (a line "name: …TODO…") with the given YAML text;
 * the fields of a block (a line "name:" with fields below it) are looked for below it.
 */
export function fillFields(values: FieldValues): (text: string) => string {
  return (text) => fillFrom(text, values, 0);
}

function fillFrom(text: string, values: FieldValues, start: number): string {
  let filled = text;
  for (const [name, value] of Object.entries(values)) {
    const before = filled.slice(0, start);
    const after = filled.slice(start);
    if (typeof value !== 'string') {
      const block = new RegExp(`^[ \\t]*${name}:$`, 'm').exec(after);
      if (!block) throw new Error(`No block "${name}:" in the scaffolded file.`);
      filled = fillFrom(filled, value, start + block.index);
      continue;
    }
    const line = new RegExp(`^(\\s*)${name}: .*TODO.*$`, 'm');
    if (!line.test(after)) throw new Error(`No TODO line for the field "${name}" in the scaffolded file.`);
    filled = before + after.replace(line, (_match, indent: string) => `${indent}${name}: ${value}`);
  }
  return filled;
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

/** The test place's fields as its file lays them out: where the position comes from is a block of its own. */
export const TEST_PLACE = {
  latitude: '21.9519',
  longitude: '106.7003',
  kind: 'station',
  country: 'VN',
  coordinates: {
    source: 'GeoNames',
    url: 'https://www.geonames.org/1582102',
  },
};

export const TEST_PLACE_NAME = 'Editor Test Station';

/** Where `npm run new place` writes the test place. */
export const TEST_PLACE_FILE = 'content/places/editor-test-station.yaml';

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

/**
 * Adds the test place, the passage the test trip cites and the test trip to a copy of the
 * project, as an editor does: `create` makes each file (with `npm run new`, or the function
 * behind it) and returns its path, then its TODOs are filled in.
 */
export async function addTestTrip(
  project: Pick<TempProject, 'edit'>,
  create: (kind: 'place' | 'trip', title: string) => string | Promise<string>,
): Promise<void> {
  await project.edit(await create('place', TEST_PLACE_NAME), fillFields(TEST_PLACE));
  await project.edit('content/sources/doc-004.yaml', TEST_PASSAGE);
  await project.edit(await create('trip', TEST_TRIP_TITLE), fillFields(TEST_TRIP));
}

export { replaceOnce };
