import { describe, expect, it } from 'vitest';
import { articleHeadingIds } from '../../../src/lib/content/articleHeadingIds.ts';

describe("an article's heading ids, read from its text", () => {
  it('slugs the text a reader sees, numbering a repeated heading, and skips code', () => {
    const mdx = [
      '---',
      'title: "## Not a heading"',
      '---',
      '## The crossing, 12 September',
      'Text.<Cite id="x" />',
      '## *Slow* on [purpose](/articles/a/)',
      '```',
      '## In a code block',
      '```',
      '### The crossing, 12 September',
      "## Kim's train: 16–17 September",
    ].join('\n');
    expect(articleHeadingIds(mdx)).toEqual([
      'the-crossing-12-september',
      'slow-on-purpose',
      'the-crossing-12-september-1',
      'kims-train-1617-september',
    ]);
  });
});
