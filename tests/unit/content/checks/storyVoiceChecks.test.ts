import { describe, expect, it } from 'vitest';
import { checkStoryVoice } from '../../../../src/lib/content/checks/storyVoiceChecks.ts';
import { readMdxArticle } from '../../../../src/lib/content/mdxArticle.ts';
import type { ContentProblem } from '../../../../src/lib/content/contentProblem.ts';

function problemsIn(text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkStoryVoice(readMdxArticle(`---\ntitle: A test article\n---\n\n${text}\n`), 'content/articles/a.mdx', problems);
  return problems;
}

describe('checkStoryVoice', () => {
  it('accepts a story that cites its sources and ends with one note pointing to the corrections', () => {
    expect(
      problemsIn(
        'The train left on 10 September.<Cite id="departure" />\n\nEarly reports got some details wrong: see [corrections](/corrections/).',
      ),
    ).toEqual([]);
  });

  it.each([
    'Document 004 says the trip took a day.',
    'As document 000 puts it, the train is slow.',
    'Doc. 004 gets it wrong.',
  ])('refuses a story that narrates a seed document: %s', (sentence) => {
    expect(problemsIn(`${sentence}<Cite id="x" />`)).toEqual([
      expect.objectContaining({ field: '(text) line 5', expected: expect.stringContaining('content/corrections/') }),
    ]);
  });

  it('does not mistake other numbers for a document', () => {
    expect(problemsIn('The train covered 004 km of the 2019 documents route.<Cite id="x" />')).toEqual([]);
  });

  it('refuses more than one note pointing to the corrections, naming every line', () => {
    expect(
      problemsIn(
        'A fact.<Cite id="x" />\n\n<Correction id="weapons-framing" />\n\nMore.<Cite id="y" />\n\nSee [the corrections](/corrections/#correction-weapons-framing).',
      ),
    ).toEqual([expect.objectContaining({ field: '(text) lines 7, 11', found: expect.stringContaining('2 notes') })]);
  });
});
