import { describe, expect, it } from 'vitest';
import { checkCitedSources } from '../../../../src/lib/content/checks/citedSourceChecks.ts';
import type { ContentProblem } from '../../../../src/lib/content/contentProblem.ts';

const FILE = 'content/articles/test.mdx';
const PASSAGE_FILES = new Map([
  ['speed-50kmh', 'content/sources/doc-000.yaml'],
  ['ninety-carriages', 'content/sources/doc-004.yaml'],
]);

function problemsFor(sources: unknown, citations: Array<{ id: string; line: number }>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkCitedSources({ file: FILE, sources, citations }, PASSAGE_FILES, problems);
  return problems;
}

describe('checkCitedSources', () => {
  it('accepts an article that lists the source of every passage it cites', () => {
    expect(problemsFor(['doc-000', 'doc-004'], [{ id: 'speed-50kmh', line: 9 }])).toEqual([]);
  });

  it('refuses a citation whose source is not listed, saying what to add', () => {
    expect(
      problemsFor(
        ['doc-000'],
        [
          { id: 'speed-50kmh', line: 9 },
          { id: 'ninety-carriages', line: 12 },
          { id: 'ninety-carriages', line: 14 },
        ],
      ),
    ).toEqual([
      {
        file: FILE,
        field: 'sources',
        found: ['doc-000'],
        expected: expect.stringContaining(
          'add doc-004 to sources (cited on line 12 by <Cite id="ninety-carriages" />)',
        ),
      },
    ]);
  });

  it('leaves an unknown passage to the reference check', () => {
    expect(problemsFor(['doc-000'], [{ id: 'no-such-passage', line: 3 }])).toEqual([]);
  });
});
