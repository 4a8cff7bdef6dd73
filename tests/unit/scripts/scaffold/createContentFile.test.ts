import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ScaffoldError, createContentFile } from '../../../../scripts/lib/scaffold/createContentFile.ts';
import { validateContent } from '../../../../src/lib/content/validateContent.ts';
import { tempProjectPerTest } from '../../../support/tempProjectPerTest.ts';
import {
  TEST_PLACE,
  TEST_PLACE_FILE,
  TEST_PLACE_NAME,
  TEST_TRIP_TITLE,
  addTestTrip,
  fillFields,
  writeArticleText,
} from '../../../support/fillIn.ts';

const projects = tempProjectPerTest({ content: 'fixture' });

const today = new Date('2026-11-21T10:00:00Z');

/** The fields a new trip leaves to fill in, in the order the file gives them. */
const TRIP_FIELDS = ['leader', 'start', 'mode', 'origin', 'destination', 'summary', 'citations', 'verification'];

/** The files the scaffold writes here; the real content around them is checked elsewhere, on its own dates. */
const SCAFFOLDED = /editor-test|kim-jong-un-by-train-on-a-test-journey|how-the-armored-train-is-guarded/;

async function problemFields(root: string): Promise<string[]> {
  return (await validateContent({ root, today }))
    .filter((problem) => SCAFFOLDED.test(problem.file))
    .map((problem) => `${problem.file} ${problem.field}`);
}

describe('createContentFile', () => {
  it('creates a trip whose unfilled TODOs fail validation, field by field', async () => {
    const project = await projects.create();
    const created = await createContentFile('trip', TEST_TRIP_TITLE, { root: project.root, today });
    expect(created.file).toBe('content/trips/kim-jong-un-by-train-on-a-test-journey.yaml');
    expect(created.message).toContain('Created content/trips/kim-jong-un-by-train-on-a-test-journey.yaml');
    expect(created.toFill).toEqual(TRIP_FIELDS);

    const text = await readFile(join(project.root, created.file), 'utf8');
    expect(text).toContain('slug: kim-jong-un-by-train-on-a-test-journey');
    expect(text).toContain('2026-11-21');
    for (const line of text.split('\n').filter((entry) => /^[a-z]/i.test(entry))) {
      const previous = text.split('\n')[text.split('\n').indexOf(line) - 1];
      expect(previous, `comment above "${line}"`).toMatch(/^# /);
    }

    const problems = (await validateContent({ root: project.root, today })).filter((problem) =>
      SCAFFOLDED.test(problem.file),
    );
    // A list still holding its TODO is reported at its first entry.
    expect(problems.map((problem) => problem.field)).toEqual(
      TRIP_FIELDS.map((field) => (field === 'citations' ? 'citations.0' : field)),
    );
    for (const problem of problems) expect(problem.expected).toMatch(/^This field still needs filling in/);
  });

  it('makes a trip, a place and an article that pass validation once filled in', async () => {
    const project = await projects.create();
    const root = project.root;
    await addTestTrip(project, async (kind, title) => (await createContentFile(kind, title, { root, today })).file);
    await project.edit('content/articles/the-2023-journey.mdx', (text) => text.replace(/^order: \d+$/m, 'order: 40'));
    const article = await createContentFile('article', 'How the armored train is guarded', { root, today });
    expect(await readFile(join(root, article.file), 'utf8')).toMatch(/^order: 41$/m);
    await project.edit(
      article.file,
      fillFields({
        description: '"The three trains, the advance party and the soldiers who keep the leader\'s journey safe."',
        reportingAsOf: '2023-09-12',
        sources: '[doc-004]',
      }),
    );
    await project.edit(
      article.file,
      writeArticleText(
        '## A convoy of three\n\nThe leader travels with two more trains.<Cite id="ninety-carriages" />',
      ),
    );
    expect(await problemFields(root)).toEqual([]);
  });

  it('makes a leader whose file name a trip can name once the Hangul name is filled in', async () => {
    const project = await projects.create();
    const root = project.root;
    const created = await createContentFile('leader', 'Editor Test Leader', { root, today });
    expect(created.file).toBe('content/leaders/editor-test-leader.yaml');
    expect(created.toFill).toEqual(['nativeName']);
    expect(await readFile(join(root, created.file), 'utf8')).toMatch(/^name: "Editor Test Leader"$/m);
    await addTestTrip(project, async (kind, title) => (await createContentFile(kind, title, { root, today })).file);
    await project.edit('content/trips/kim-jong-un-by-train-on-a-test-journey.yaml', (text) =>
      text.replace(/^leader: .*$/m, 'leader: editor-test-leader'),
    );
    expect(await problemFields(root)).toEqual([`${created.file} nativeName`]);
    await project.edit(created.file, fillFields({ nativeName: '"시험 지도자"' }));
    expect(await problemFields(root)).toEqual([]);
  });

  it('writes dates in quotes, and text an apostrophe typed over the TODO cannot break', async () => {
    const project = await projects.create();
    const article = await createContentFile('article', "Kim Jong Un's armored train", { root: project.root, today });
    const text = await readFile(join(project.root, article.file), 'utf8');
    expect(text).toMatch(/^published: "2026-11-21"$/m);
    expect(text).toMatch(/^title: "Kim Jong Un's armored train"$/m);
    await project.edit(article.file, (written) =>
      written.replace(
        /TODO: one sentence[^"]*/,
        "How the leader's train is guarded, and by whom, on every journey abroad.",
      ),
    );
    const fields = (await validateContent({ root: project.root, today }))
      .filter((problem) => problem.file === article.file)
      .map((problem) => problem.field);
    // The file still reads: what is left is the TODOs not yet replaced, and the description is fine.
    expect(fields).toContain('reportingAsOf');
    expect(fields).not.toContain('description');
    expect(fields.filter((field) => field.startsWith('(fields)'))).toEqual([]);
  });

  it('refuses to overwrite a file that exists, and says which', async () => {
    const project = await projects.create();
    await createContentFile('place', TEST_PLACE_NAME, { root: project.root, today });
    await project.edit(TEST_PLACE_FILE, fillFields(TEST_PLACE));
    const before = await readFile(join(project.root, TEST_PLACE_FILE), 'utf8');
    await expect(createContentFile('place', TEST_PLACE_NAME, { root: project.root, today })).rejects.toThrow(
      new ScaffoldError(
        `${TEST_PLACE_FILE} already exists, so nothing was written. Open that file to edit it, or choose a different title.`,
      ),
    );
    expect(await readFile(join(project.root, TEST_PLACE_FILE), 'utf8')).toBe(before);
  });

  it('explains an unknown kind and an empty title', async () => {
    await expect(createContentFile('photo', 'A picture', { root: '/nonexistent' })).rejects.toThrow(
      /"photo" is not something npm run new can create. Use one of: article, trip, place, leader./,
    );
    await expect(createContentFile('trip', '???', { root: '/nonexistent' })).rejects.toThrow(
      /title with letters or digits/,
    );
  });
});
