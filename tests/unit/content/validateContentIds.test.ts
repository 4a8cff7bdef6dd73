/** The checks that look across files: ids, file names, planned trips and article dates. */
import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateContent } from '../../../src/lib/content/validateContent.ts';
import { createTempProject, replaceField, type TempProject } from '../../../scripts/lib/tempProject.ts';

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

const TRIP = 'content/trips/2019-04-vladivostok.yaml';
// A "today" later than any real content can be, so these checks hold whatever date an
// editor gives the next article; the future-date rules are tested with dates beyond it.
const today = new Date('2100-01-01T12:00:00Z');

describe('validateContent across files', () => {
  it('rejects a second trip with the same slug, naming the file that has it', async () => {
    project = await createTempProject({ content: 'fixture' });
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
    project = await createTempProject({ content: 'fixture' });
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

  it('asks to drop "planned" once a planned trip has happened', async () => {
    project = await createTempProject({ content: 'fixture' });
    await project.edit(TRIP, (text) => `${text}planned: true\n`);
    const problems = await validateContent({ root: project.root, today });
    expect(problems).toEqual([
      expect.objectContaining({
        file: TRIP,
        field: 'planned',
        expected: expect.stringContaining('Remove "planned: true"'),
      }),
    ]);
  });

  it('rejects reporting dated after the article was last changed', async () => {
    project = await createTempProject({ content: 'fixture' });
    const article = 'content/articles/the-2023-journey.mdx';
    // Later than any publication or update date the real article can carry.
    await project.edit(article, replaceField('reportingAsOf', '2099-12-31'));
    const problems = await validateContent({ root: project.root, today });
    expect(problems).toEqual([
      expect.objectContaining({
        file: article,
        field: 'reportingAsOf',
        expected: expect.stringContaining('on or before'),
      }),
    ]);
  });

  it('rejects a TODO left in an article text, by line', async () => {
    project = await createTempProject({ content: 'fixture' });
    const article = 'content/articles/the-2023-journey.mdx';
    await project.edit(article, (text) => `${text}\nTODO: a closing paragraph.\n`);
    const lines = (await readFile(join(project.root, article), 'utf8')).split('\n');
    const problems = await validateContent({ root: project.root, today });
    expect(problems).toEqual([
      expect.objectContaining({
        file: article,
        field: `(text) line ${lines.indexOf('TODO: a closing paragraph.') + 1}`,
      }),
    ]);
  });
});
