import { describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../../../src/lib/content/validateContent.ts';
import { PROJECT_ROOT, replaceField, replaceOnce } from '../../../scripts/lib/tempProject.ts';
import { tempProjectPerTest } from '../../support/tempProjectPerTest.ts';

const projects = tempProjectPerTest({ content: 'fixture' });

describe('validateContent', () => {
  it('finds no problem in the real content', async () => {
    const problems = await validateContent({ root: PROJECT_ROOT });
    expect(formatProblems(problems)).toBe(formatProblems([]));
  });

  it.each([
    {
      name: 'names the file, field, value and fix for an unknown place',
      file: 'content/trips/2019-04-vladivostok.yaml',
      change: replaceField('destination', 'vladivostock'),
      problem: {
        field: 'destination',
        found: 'vladivostock',
        expected: expect.stringContaining('The id of a place in content/places/'),
      },
    },
    {
      name: 'rejects a passage whose words are not in the source document',
      file: 'content/sources/doc-000.yaml',
      change: replaceOnce('only about 50', 'only about 60'),
      problem: { field: expect.stringMatching(/^passages\.\d+\.quote$/) },
    },
    {
      name: 'rejects a key fact that cites an unknown passage',
      file: 'content/facts/top-speed.yaml',
      change: replaceOnce('[speed-50kmh]', '[speed-50-kmh]'),
      problem: { field: 'citations.0', found: 'speed-50-kmh' },
    },
  ])('$name, and nothing else', async ({ file, change, problem }) => {
    expect(await projects.problemsAfterEdit(file, change)).toEqual([expect.objectContaining({ file, ...problem })]);
  });

  it('rejects a citation of an unknown passage inside an article', async () => {
    const problems = await projects.problemsAfterEdit('content/articles/the-2023-journey.mdx', (text) => {
      if (!/<Cite id="[^"]+"/.test(text)) throw new Error('The fixture article cites nothing.');
      return text.replace(/<Cite id="[^"]+"/, '<Cite id="no-such-passage"');
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/articles/the-2023-journey.mdx', found: 'no-such-passage' });
    expect(problems[0]?.field).toContain('<Cite id="no-such-passage">');
  });

  it('rejects a trip dated in the future unless it is planned', async () => {
    const project = await projects.create();
    await project.edit('content/trips/2019-04-vladivostok.yaml', replaceField('start', '"2031-04"'));
    const today = new Date('2026-01-01');
    const unplanned = await validateContent({ root: project.root, today });
    expect(unplanned).toEqual([expect.objectContaining({ field: 'start', found: '2031-04' })]);
    await project.edit('content/trips/2019-04-vladivostok.yaml', (text) => `${text}planned: true\n`);
    expect(await validateContent({ root: project.root, today })).toEqual([]);
  });
});
