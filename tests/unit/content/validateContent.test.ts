import { afterEach, describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../../../src/lib/content/validateContent.ts';
import {
  PROJECT_ROOT,
  createTempProject,
  replaceField,
  replaceOnce,
  type TempProject,
} from '../../../scripts/lib/tempProject.ts';

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe('validateContent', () => {
  it('finds no problem in the real content', async () => {
    const problems = await validateContent({ root: PROJECT_ROOT });
    expect(formatProblems(problems)).toBe(formatProblems([]));
  });

  it('names the file, field, value and fix for an unknown place', async () => {
    project = await createTempProject({ content: 'fixture' });
    await project.edit('content/trips/2019-04-vladivostok.yaml', replaceField('destination', 'vladivostock'));
    const problems = await validateContent({ root: project.root });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/trips/2019-04-vladivostok.yaml',
        field: 'destination',
        found: 'vladivostock',
        expected: expect.stringContaining('The id of a place in content/places/'),
      }),
    ]);
  });

  it('rejects a citation of an unknown passage inside an article', async () => {
    project = await createTempProject({ content: 'fixture' });
    await project.edit('content/articles/the-2023-journey.mdx', (text) => {
      if (!/<Cite id="[^"]+"/.test(text)) throw new Error('The fixture article cites nothing.');
      return text.replace(/<Cite id="[^"]+"/, '<Cite id="no-such-passage"');
    });
    const problems = await validateContent({ root: project.root });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/articles/the-2023-journey.mdx', found: 'no-such-passage' });
    expect(problems[0]?.field).toContain('<Cite id="no-such-passage">');
  });

  it('rejects a passage whose words are not in the source document', async () => {
    project = await createTempProject({ content: 'fixture' });
    await project.edit('content/sources/doc-000.yaml', replaceOnce('only about 50', 'only about 60'));
    const problems = await validateContent({ root: project.root });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/sources/doc-000.yaml',
        field: expect.stringMatching(/^passages\.\d+\.quote$/),
      }),
    ]);
  });

  it('rejects a trip dated in the future unless it is planned', async () => {
    project = await createTempProject({ content: 'fixture' });
    await project.edit('content/trips/2019-04-vladivostok.yaml', replaceField('start', '"2031-04"'));
    const today = new Date('2026-01-01');
    const unplanned = await validateContent({ root: project.root, today });
    expect(unplanned).toEqual([expect.objectContaining({ field: 'start', found: '2031-04' })]);
    await project.edit('content/trips/2019-04-vladivostok.yaml', (text) => `${text}planned: true\n`);
    expect(await validateContent({ root: project.root, today })).toEqual([]);
  });

  it('rejects a key fact that cites an unknown passage', async () => {
    project = await createTempProject({ content: 'fixture' });
    await project.edit('content/facts/top-speed.yaml', replaceOnce('[speed-50kmh]', '[speed-50-kmh]'));
    const problems = await validateContent({ root: project.root });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/facts/top-speed.yaml', field: 'citations.0', found: 'speed-50-kmh' }),
    ]);
  });
});
