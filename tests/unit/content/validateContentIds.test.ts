/** The checks that look across files: ids, file names, planned trips and article dates. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateContent } from '../../../src/lib/content/validateContent.ts';
import { replaceField } from '../../../scripts/lib/tempProject.ts';
import { tempProjectPerTest } from '../../support/tempProjectPerTest.ts';

const projects = tempProjectPerTest({ content: 'fixture' });

const TRIP = 'content/trips/2019-04-vladivostok.yaml';
const ARTICLE = 'content/articles/the-2023-journey.mdx';
// A "today" later than any real content can be, so these checks hold whatever date an
// editor gives the next article; the future-date rules are tested with dates beyond it.
const today = new Date('2100-01-01T12:00:00Z');

describe('validateContent across files', () => {
  it('rejects a second trip with the same slug, naming the file that has it', async () => {
    const project = await projects.create();
    await project.write('content/trips/copy.yaml', await readFile(join(project.root, TRIP), 'utf8'));
    const problems = await validateContent({ root: project.root, today });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/trips/copy.yaml',
        field: 'slug',
        expected: expect.stringContaining(`${TRIP} already uses`),
      }),
    ]);
  });

  it('rejects a place file name that cannot be an id', async () => {
    const project = await projects.create();
    await project.write(
      'content/places/Dandong City.yaml',
      await readFile(join(project.root, 'content/places/pyongyang.yaml'), 'utf8'),
    );
    const problems = await validateContent({ root: project.root, today });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/places/Dandong City.yaml',
        field: '(file name)',
        found: 'Dandong City',
      }),
    ]);
  });

  it.each([
    {
      name: 'asks to drop "planned" once a planned trip has happened',
      file: TRIP,
      change: (text: string) => `${text}planned: true\n`,
      field: 'planned',
      expected: 'Remove "planned: true"',
    },
    {
      name: 'rejects reporting dated after the article was last changed',
      file: ARTICLE,
      // Later than any publication or update date the real article can carry.
      change: replaceField('reportingAsOf', '2099-12-31'),
      field: 'reportingAsOf',
      expected: 'on or before',
    },
  ])('$name', async ({ file, change, field, expected }) => {
    expect(await projects.problemsAfterEdit(file, change, { today })).toEqual([
      expect.objectContaining({ file, field, expected: expect.stringContaining(expected) }),
    ]);
  });

  it('rejects a TODO left in an article text, by line', async () => {
    const project = await projects.create();
    await project.edit(ARTICLE, (text) => `${text}\nTODO: a closing paragraph.\n`);
    const lines = (await readFile(join(project.root, ARTICLE), 'utf8')).split('\n');
    const problems = await validateContent({ root: project.root, today });
    expect(problems).toEqual([
      expect.objectContaining({
        file: ARTICLE,
        field: `(text) line ${lines.indexOf('TODO: a closing paragraph.') + 1}`,
      }),
    ]);
  });
});
