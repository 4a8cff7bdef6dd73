import { describe, expect, it } from 'vitest';
import { YamlSyntaxError, findFrontmatter, readYaml } from '../../../src/lib/content/readYaml.ts';

function failure(text: string): YamlSyntaxError {
  try {
    readYaml(text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return error;
    throw error;
  }
  throw new Error(`read without complaint: ${text}`);
}

describe('readYaml', () => {
  it.each(['2011-02-30', '01/12/2026', '1 December 2026', '2026-12-1', '2023-09-12', '2023-09-12T01:00:00+09:00'])(
    'keeps the date %s as the text written',
    (date) => {
      expect(readYaml(`date: ${date}`)).toEqual({ date });
    },
  );

  it('still reads numbers and true or false', () => {
    expect(readYaml('latitude: 43.8\norder: 2\nplanned: true\nstart: 2018')).toEqual({
      latitude: 43.8,
      order: 2,
      planned: true,
      start: 2018,
    });
  });

  it('refuses a field written twice, at the line of the second', () => {
    const error = failure('title: One\nstart: "2019"\ntitle: Two\n');
    expect(error.reason).toContain('a field is written twice');
    expect(error.line).toBe(3);
  });

  it('names the line of a syntax mistake', () => {
    expect(failure("slug: a\ntitle: 'Kim Jong Un's train'\n").line).toBe(2);
  });
});

describe('findFrontmatter', () => {
  it('finds the fields between the two --- lines', () => {
    const file = '---\ntitle: A\n---\n\nText';
    expect(findFrontmatter(file)).toEqual({ text: 'title: A', firstLine: 2, end: '---\ntitle: A\n---\n'.length });
    expect(file.slice(findFrontmatter(file)!.end)).toBe('\nText');
    expect(findFrontmatter('Text only')).toBeUndefined();
  });
});
