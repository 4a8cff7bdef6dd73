/**
 * Acceptance, at the speed of `npm run validate`: in a copy of the project, each change
 * that would break a published address is refused with the file and the fix, and the
 * change made with its fix (an alias, a formerAnchors entry, a ledger forward) passes.
 */
import { describe, expect, it } from 'vitest';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceOnce } from '../../../../scripts/lib/tempProject.ts';
import { tempProjectPerTest } from '../../../support/tempProjectPerTest.ts';
import { validateContent, type ContentProblem } from '../../../../src/lib/content/validateContent.ts';

const projects = tempProjectPerTest({ content: 'real' });

const ARTICLE = 'content/articles/putins-armored-train.mdx';
const TRIP = 'content/trips/1949-03-kim-il-sung-moscow-1949.yaml';
const TRIP_SLUG = 'kim-il-sung-moscow-1949';
const OTHER_TRIP_SLUG = 'kim-jong-un-russia-2023';
const STORY = 'content/stories/kim-jong-un-russia-2023.yaml';

function only(problems: ContentProblem[]): ContentProblem {
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0]!;
}

describe('validate holds content to the address ledger', () => {
  it('refuses a renamed article, naming the new file and the alias to add; the alias passes', async () => {
    const copy = await projects.create();
    await rename(join(copy.root, ARTICLE), join(copy.root, 'content/articles/putin-by-train.mdx'));
    const problem = only(await validateContent({ root: copy.root }));
    expect(problem.file).toBe('content/articles/putin-by-train.mdx');
    expect(problem.expected).toContain('aliases: [putins-armored-train]');
    await copy.edit(
      'content/articles/putin-by-train.mdx',
      replaceOnce('formerAnchors:\n', 'aliases: [putins-armored-train]\nformerAnchors:\n'),
    );
    expect(await validateContent({ root: copy.root })).toEqual([]);
  });

  it('blames the renamed article, not another added the same day', async () => {
    const copy = await projects.create();
    await rename(join(copy.root, ARTICLE), join(copy.root, 'content/articles/putin-by-train.mdx'));
    const renamed = await readFile(join(copy.root, 'content/articles/putin-by-train.mdx'), 'utf8');
    await writeFile(join(copy.root, 'content/articles/how-the-train-is-guarded.mdx'), renamed);
    const problems = (await validateContent({ root: copy.root })).filter((problem) => problem.field === 'aliases');
    expect(problems.map((problem) => problem.file)).toEqual(['content/articles/putin-by-train.mdx']);
  });

  it("refuses a trip's new slug without the old one among its aliases; the alias passes", async () => {
    const copy = await projects.create();
    await copy.edit(TRIP, replaceOnce(`slug: ${TRIP_SLUG}`, 'slug: kim-il-sung-to-moscow-1949'));
    const problem = only(await validateContent({ root: copy.root }));
    expect(problem.file).toBe(TRIP);
    expect(problem.field).toBe('aliases');
    expect(problem.expected).toContain(`aliases: [${TRIP_SLUG}]`);
    await copy.edit(TRIP, replaceOnce('\nmode:', `\naliases: [${TRIP_SLUG}]\nmode:`));
    expect(await validateContent({ root: copy.root })).toEqual([]);
  });

  it("refuses an alias that is another trip's live slug", async () => {
    const problems = await projects.problemsAfterEdit(
      TRIP,
      replaceOnce('\nmode:', `\naliases: [${OTHER_TRIP_SLUG}]\nmode:`),
    );
    const problem = only(problems);
    expect(problem.file).toBe(TRIP);
    expect(problem.field).toBe('aliases.0');
    expect(problem.expected).toContain('content/trips/2023-09-kim-jong-un-russia.yaml');
  });

  it('refuses a reworded heading without its old anchor; formerAnchors passes, and must lead to a section', async () => {
    const copy = await projects.create();
    await copy.edit(ARTICLE, replaceOnce('## Putin still flies', '## Putin flies still'));
    const problem = only(await validateContent({ root: copy.root }));
    expect(problem.file).toBe(ARTICLE);
    expect(problem.field).toBe('formerAnchors.putin-still-flies');
    expect(problem.expected).toContain('putin-still-flies: putin-flies-still');
    await copy.edit(
      ARTICLE,
      replaceOnce('formerAnchors:\n', 'formerAnchors:\n  putin-still-flies: putin-flies-stil\n'),
    );
    const typo = only(await validateContent({ root: copy.root }));
    expect(typo.field).toBe('formerAnchors.putin-still-flies');
    expect(typo.expected).toContain('did you mean "putin-flies-still"');
    await copy.edit(ARTICLE, replaceOnce('putin-flies-stil\n', 'putin-flies-still\n'));
    expect(await validateContent({ root: copy.root })).toEqual([]);
  });

  it("refuses a story stage's changed id; a forward in the ledger passes", async () => {
    const copy = await projects.create();
    await copy.edit(STORY, replaceOnce('  - id: the-summit\n', '  - id: summit-day\n'));
    const problem = only(await validateContent({ root: copy.root }));
    expect(problem.file).toBe(STORY);
    expect(problem.field).toMatch(/^stages\.\d+\.id$/);
    expect(problem.expected).toContain('"the-summit"');
    const stage = '/trips/kim-jong-un-russia-2023/day-by-day/#day-the-summit';
    await copy.edit(
      'content/addresses.txt',
      replaceOnce(`\n${stage}\n`, `\n${stage} -> ${stage.replace('the-summit', 'summit-day')}\n`),
    );
    expect(await validateContent({ root: copy.root })).toEqual([]);
  });
});
