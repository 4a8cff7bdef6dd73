/**
 * Acceptance, in one build of a copy of the project: an article renamed, a trip's slug
 * changed, a heading reworded and a story stage's id changed, each with the fix validate
 * asks for (an alias, formerAnchors, a forward in content/addresses.txt), build, and every
 * old address still lands. The same build's output, with a forward taken away, is refused
 * with the address and the fix. (Each change without its fix is refused by validate:
 * tests/unit/content/checks/addressChecks.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createTempProject, replaceOnce, type TempProject } from '../../scripts/lib/tempProject.ts';
import { readBuiltAddresses } from '../../src/lib/site/builtAddresses.ts';
import { readAddressLedger } from '../../src/lib/site/readAddressLedger.ts';
import { compareWithLedger } from '../../src/lib/site/ledgerComparison.ts';

const OLD_ARTICLE = 'putins-armored-train';
const NEW_ARTICLE = 'putin-by-train';
const TRIP_FILE = 'content/trips/1949-03-kim-il-sung-moscow-1949.yaml';
const OLD_TRIP = 'kim-il-sung-moscow-1949';
const NEW_TRIP = 'kim-il-sung-to-moscow-1949';
const STORY_PAGE = '/trips/kim-jong-un-russia-2023/day-by-day/';

let project: TempProject;
let build: { status: number | null; output: string };
let ledgerBefore: string;

beforeAll(async () => {
  project = await createTempProject();
  ledgerBefore = await readFile(join(project.root, 'content/addresses.txt'), 'utf8');
  const article = `content/articles/${NEW_ARTICLE}.mdx`;
  await rename(join(project.root, `content/articles/${OLD_ARTICLE}.mdx`), join(project.root, article));
  await project.edit(article, replaceOnce('## Putin still flies', '## Putin flies still'));
  await project.edit(
    article,
    replaceOnce(
      'formerAnchors:\n',
      `aliases: [${OLD_ARTICLE}]\nformerAnchors:\n  putin-still-flies: putin-flies-still\n`,
    ),
  );
  await project.edit(TRIP_FILE, replaceOnce(`slug: ${OLD_TRIP}`, `slug: ${NEW_TRIP}\naliases: [${OLD_TRIP}]`));
  await project.edit(
    'content/stories/kim-jong-un-russia-2023.yaml',
    replaceOnce('- id: the-summit\n', '- id: summit-day\n'),
  );
  await project.edit(
    'content/addresses.txt',
    replaceOnce(`\n${STORY_PAGE}#day-the-summit\n`, `\n${STORY_PAGE}#day-the-summit -> ${STORY_PAGE}#day-summit-day\n`),
  );
  build = project.run('astro', ['build']);
}, 300_000);

afterAll(async () => {
  await project.remove();
});

function dist(path: string): string {
  return join(project.root, 'dist', path);
}

async function page(path: string): Promise<string> {
  return readFile(dist(join(path, 'index.html')), 'utf8');
}

describe('a build after addresses changed, with their forwards', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/would stop working|problems? in content/);
    expect(build.status).toBe(0);
  });

  it("keeps the renamed article's old page, leading to the new one, and its card", async () => {
    expect(await page(`/articles/${OLD_ARTICLE}/`)).toMatch(
      new RegExp(`http-equiv="refresh" content="0; url=/articles/${NEW_ARTICLE}/"`),
    );
    expect(existsSync(dist(`og/articles/${OLD_ARTICLE}.png`))).toBe(true);
  });

  it("keeps the trip's old page, embed, data file and card", async () => {
    expect(await page(`/trips/${OLD_TRIP}/`)).toContain(`url=/trips/${NEW_TRIP}/`);
    expect(await page(`/embed/trips/${OLD_TRIP}/`)).toContain('<h1');
    expect(await readFile(dist(`data/trips/${OLD_TRIP}.geojson`), 'utf8')).toBe(
      await readFile(dist(`data/trips/${NEW_TRIP}.geojson`), 'utf8'),
    );
    expect(existsSync(dist(`og/trips/${OLD_TRIP}.png`))).toBe(true);
  });

  it("keeps the reworded heading's old anchor beside the new one", async () => {
    const html = await page(`/articles/${NEW_ARTICLE}/`);
    expect(html).toContain('id="putin-still-flies"');
    expect(html).toContain('id="putin-flies-still"');
  });

  it("forwards the stage's old anchor to its new id", async () => {
    expect(await page(STORY_PAGE)).toMatch(/id="day-the-summit"[^>]*>[^<]*<a href="[^"]*#day-summit-day"/);
  });

  it('adds the new addresses to the ledger and keeps every old line', async () => {
    const ledger = await readFile(join(project.root, 'content/addresses.txt'), 'utf8');
    expect(ledger).toContain(`\n/articles/${NEW_ARTICLE}/\n`);
    expect(ledger).toContain(`\n/trips/${NEW_TRIP}/\n`);
    const lines = (text: string) => text.split('\n').filter((line) => line.startsWith('/'));
    const addresses = new Set(lines(ledger).map((line) => line.split(' -> ')[0]));
    expect(lines(ledgerBefore).filter((line) => !addresses.has(line.split(' -> ')[0]))).toEqual([]);
  });

  it('would refuse the same build without the article’s alias, naming the address and the fix', async () => {
    await rm(dist(`articles/${OLD_ARTICLE}`), { recursive: true });
    const { problems } = compareWithLedger(readAddressLedger(project.root), await readBuiltAddresses(dist('')));
    expect(problems.map((problem) => problem.field)).toContain(`/articles/${OLD_ARTICLE}/`);
    const problem = problems.find((entry) => entry.field === `/articles/${OLD_ARTICLE}/`);
    expect(problem?.expected).toContain(`aliases: [${OLD_ARTICLE}]`);
  });
});
