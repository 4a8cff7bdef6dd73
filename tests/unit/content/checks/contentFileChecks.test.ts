import { describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../../../src/lib/content/checks/contentFileChecks.ts';
import type { ContentProblem } from '../../../../src/lib/content/contentProblem.ts';

function problemsFor(paths: string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkContentFiles(paths, problems);
  return problems;
}

describe('checkContentFiles', () => {
  it('accepts the files of every collection and the documents kept whole', () => {
    expect(
      problemsFor([
        'content/trips/2019-04-vladivostok.yaml',
        'content/articles/the-2023-journey.mdx',
        'content/pages/home.mdx',
        'content/sources/doc-000.yaml',
        'content/sources/originals/000_cd291931c6d4453c.txt',
        'content/sources/originals/README.md',
      ]),
    ).toEqual([]);
  });

  it('leaves out hidden files that text editors leave behind, and notes to editors', () => {
    expect(problemsFor(['content/trips/.DS_Store', 'content/.trip.yaml.swp', 'content/README.md'])).toEqual([]);
  });

  it('leaves the address ledger to its own check, and refuses any other loose file in content/', () => {
    expect(problemsFor(['content/addresses.txt'])).toEqual([]);
    expect(problemsFor(['content/notes.txt'])).toHaveLength(1);
  });

  it('refuses a YAML file saved as .yml, saying what to rename it to', () => {
    expect(problemsFor(['content/trips/hanoi.yml'])).toEqual([
      expect.objectContaining({
        file: 'content/trips/hanoi.yml',
        field: '(file name)',
        expected: expect.stringContaining('Rename it content/trips/hanoi.yaml'),
      }),
    ]);
  });

  it('refuses an article saved as .md, saying what to rename it to', () => {
    expect(problemsFor(['content/articles/guards.md'])).toEqual([
      expect.objectContaining({ expected: expect.stringContaining('Rename it content/articles/guards.mdx') }),
    ]);
  });

  it('refuses a file in a folder the site does not read, with the folder meant', () => {
    expect(problemsFor(['content/trip/2019-hanoi.yaml'])).toEqual([
      expect.objectContaining({
        file: 'content/trip/2019-hanoi.yaml',
        field: '(folder)',
        expected: expect.stringContaining('Did you mean content/trips/?'),
      }),
    ]);
  });

  it('refuses a file straight in content/, listing the folders', () => {
    const [problem] = problemsFor(['content/hanoi.yaml']);
    expect(problem?.field).toBe('(folder)');
    expect(problem?.expected).toContain('content/places/');
  });
});
