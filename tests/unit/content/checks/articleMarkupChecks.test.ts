import { describe, expect, it } from 'vitest';
import { addressScheme, checkArticleMarkup } from '../../../../src/lib/content/checks/articleMarkupChecks.ts';
import { readMdxArticle } from '../../../../src/lib/content/mdxArticle.ts';
import type { ContentProblem } from '../../../../src/lib/content/contentProblem.ts';

function problemsIn(text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkArticleMarkup(
    readMdxArticle(`---\ntitle: A test article\n---\n\n${text}\n`),
    'content/articles/a.mdx',
    problems,
  );
  return problems;
}

describe('addressScheme', () => {
  it('reads the scheme as a browser does, through spaces, tabs and capitals', () => {
    expect(addressScheme('javascript:alert(1)')).toBe('javascript');
    expect(addressScheme(' JaVa\tScript:alert(1)')).toBe('javascript');
    expect(addressScheme('data:image/png;base64,AAAA')).toBe('data');
    expect(addressScheme('/trips/kim-jong-un-hanoi-2019/')).toBeUndefined();
    expect(addressScheme('#notes')).toBeUndefined();
  });
});

describe('checkArticleMarkup', () => {
  it('accepts the components, the allowed tags, comments and ordinary links', () => {
    expect(
      problemsIn(
        'A fact.<Cite id="speed-50kmh" /> A <q>quote</q>, <abbr title="Korean Central News Agency">KCNA</abbr> {/* a note to editors */}\n\n[A page](/trips/) and [a site](https://example.com/).\n\n<EditorNote>\n\nThe sources disagree.\n\n</EditorNote>',
      ),
    ).toEqual([]);
  });

  it('names the line and column of code in braces, and says how to write braces as text', () => {
    expect(problemsIn('Slow {sic}.')).toEqual([
      expect.objectContaining({
        field: '(text) {…} on line 5, column 6',
        found: '{sic}',
        expected: expect.stringContaining('\\{sic\\}'),
      }),
    ]);
  });

  it('refuses tags outside the allowed set, code-running attributes and code in attribute values', () => {
    const found = problemsIn(
      '<iframe src="https://example.com/"></iframe>\n\n<span onClick="x()" style="color: red">a</span> <Note>b</Note> <q cite={x}>c</q> <Cite />',
    ).map((problem) => problem.found);
    expect(found).toEqual(['<iframe>', 'onClick=…', 'style=…', '<Note>', 'cite={x}', '<Cite>']);
  });

  it('refuses a javascript: address that a space in front would hide from a plain comparison', () => {
    expect(problemsIn('<a href=" javascript:alert(1)">Map</a>').map((problem) => problem.found)).toEqual([
      ' javascript:alert(1)',
    ]);
  });
});
