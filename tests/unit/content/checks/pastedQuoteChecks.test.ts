import { describe, expect, it } from 'vitest';
import { checkPastedQuotes } from '../../../../src/lib/content/checks/pastedQuoteChecks.ts';
import type { ContentProblem } from '../../../../src/lib/content/contentProblem.ts';

const FILE = 'content/trips/test.yaml';

function problemsFor(fields: Record<string, unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkPastedQuotes(fields, FILE, problems);
  return problems;
}

describe('checkPastedQuotes', () => {
  it('refuses a title wrapped in curly quotes pasted from a word processor, saying so', () => {
    expect(problemsFor({ title: '“Kim Jong Un by train to Hanoi”' })).toEqual([
      {
        file: FILE,
        field: 'title',
        found: '“Kim Jong Un by train to Hanoi”',
        expected: expect.stringMatching(/curly quotes .*title: "Kim Jong Un by train to Hanoi"/),
      },
    ]);
  });

  it('refuses straight quotes that would be published as part of the text', () => {
    const [problem] = problemsFor({ stops: [{ place: 'hanoi', note: '"The train stops at the border."' }] });
    expect(problem?.field).toBe('stops.0.note');
    expect(problem?.expected).toContain('would be published with the quotes');
  });

  it('accepts quotation marks inside a text, and a quotation followed by more words', () => {
    expect(
      problemsFor({
        title: 'Kim’s “armored” train',
        summary: '“We will meet again,” Kim told Putin at the station.',
        citations: ['speed-50kmh'],
        planned: true,
      }),
    ).toEqual([]);
  });
});
