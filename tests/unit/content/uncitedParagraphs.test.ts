import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUncitedParagraphs } from '../../../src/lib/content/uncitedParagraphs.ts';
import { PROJECT_ROOT } from '../../../scripts/lib/tempProject.ts';

describe('findUncitedParagraphs', () => {
  it('flags a paragraph with a number, a date or a quotation and no citation', () => {
    const mdx = [
      '---',
      'title: x',
      '---',
      '',
      'The train reaches about 50 km/h.',
      '',
      'It left in September.',
      '',
      'One report calls it <q>a leisurely pace</q>.',
      '',
      'It is slow and green.',
    ].join('\n');
    expect(findUncitedParagraphs(mdx)).toEqual([
      { line: 5, text: 'The train reaches about 50 km/h.', reason: 'number' },
      { line: 7, text: 'It left in September.', reason: 'date' },
      { line: 9, text: 'One report calls it <q>a leisurely pace</q>.', reason: 'quotation' },
    ]);
  });

  it('accepts a paragraph that carries a citation, and ignores headings and component tags', () => {
    const mdx = [
      '## In 2019',
      '',
      '<EditorNote>',
      '',
      'It took 20 hours.<Cite id="twenty-hour-journey" />',
      '',
      '</EditorNote>',
    ].join('\n');
    expect(findUncitedParagraphs(mdx)).toEqual([]);
  });

  it('does not mistake the digits in a citation id or a link for a stated number', () => {
    expect(findUncitedParagraphs('See [the journey](/articles/the-2023-journey/#x).')).toEqual([]);
  });

  it('finds no uncited number, date or quotation in any article', () => {
    const dir = join(PROJECT_ROOT, 'content', 'articles');
    const files = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((name) =>
      findUncitedParagraphs(readFileSync(join(dir, name), 'utf8')).map(
        (p) => `${name}:${p.line} (${p.reason}) ${p.text}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
