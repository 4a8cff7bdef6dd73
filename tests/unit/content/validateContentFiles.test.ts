/**
 * The validator reads every file under content/ or refuses it by name: nothing an editor
 * saves is left out of the site without a word.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { formatProblems } from '../../../src/lib/content/validateContent.ts';
import { createContentFile } from '../../../scripts/lib/scaffold/createContentFile.ts';
import { createContentCopy, type ContentCopy } from '../../support/contentCopy.ts';
import { fillFields, writeArticleText } from '../../support/fillIn.ts';

const TRIP = 'content/trips/2019-04-vladivostok.yaml';
const today = new Date('2026-12-01T12:00:00Z');

let copy: ContentCopy | undefined;
afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

async function problemsAfter(change: (copy: ContentCopy) => Promise<void>) {
  copy = await createContentCopy('fixture');
  await change(copy);
  return (await copy.check({ today })).problems;
}

describe('every file under content/', () => {
  it('refuses a trip saved as .yml, by name', async () => {
    const problems = await problemsAfter(async (c) => {
      await c.write('content/trips/2019-04-vladivostok.yml', await c.read(TRIP));
      await c.delete(TRIP);
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/trips/2019-04-vladivostok.yml', field: '(file name)' }),
    );
  });

  it('refuses a trip put in content/trip/', async () => {
    const problems = await problemsAfter(async (c) => {
      await c.write('content/trip/2019-hanoi.yaml', await c.read(TRIP));
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/trip/2019-hanoi.yaml',
        expected: expect.stringContaining('Did you mean content/trips/?'),
      }),
    );
  });

  it.each([
    ['an empty trip', 'content/trips/2019-hanoi.yaml', ''],
    ['a place with nothing but a comment', 'content/places/hanoi-station.yaml', '# to fill in\n'],
    ['an article with an empty block of fields', 'content/articles/guards.mdx', '---\n---\n\nText.\n'],
  ])('refuses %s as a file with no fields, alone', async (_name, file, text) => {
    const problems = await problemsAfter((c) => c.write(file, text));
    expect(problems).toEqual([
      expect.objectContaining({ file, field: '(file)', expected: expect.stringContaining('has no fields') }),
    ]);
    expect(formatProblems(problems)).toContain('cannot be read');
  });

  it('reads a trip like any other when it starts with a byte-order mark', async () => {
    const problems = await problemsAfter((c) => c.edit(TRIP, (text) => `\uFEFF${text}`));
    expect(formatProblems(problems)).toBe(formatProblems([]));
  });

  it('reads an article made by npm run new, filled in and saved with a byte-order mark', async () => {
    const problems = await problemsAfter(async (c) => {
      const { file } = await createContentFile('article', 'How the armored train is guarded', { root: c.root, today });
      await c.edit(
        file,
        fillFields({
          description: `"${'A sentence long enough for a social card. '.repeat(2)}"`,
          reportingAsOf: "'2023-09-12'",
          sources: '[doc-004]',
        }),
      );
      await c.edit(
        file,
        writeArticleText(
          '## A convoy of three\n\nThe leader travels with two more trains.<Cite id="ninety-carriages" />',
        ),
      );
      await c.edit(file, (text) => `\uFEFF${text}`);
    });
    expect(formatProblems(problems)).toBe(formatProblems([]));
  });
});

describe('quotes pasted from a word processor', () => {
  it('refuses a title wrapped in curly quotes', async () => {
    const problems = await problemsAfter((c) =>
      c.edit(TRIP, (text) => text.replace(/^title: .*$/m, 'title: “Kim Jong Un by train to Vladivostok”')),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: TRIP, field: 'title', expected: expect.stringContaining('curly quotes') }),
    ]);
  });

  it('names the curly quotes when a colon after them makes the file unreadable', async () => {
    const problems = await problemsAfter((c) =>
      c.edit(TRIP, (text) => text.replace(/^title: .*$/m, 'title: “Kim Jong Un”: by train to Vladivostok')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: TRIP,
        field: expect.stringMatching(/^\(fields\) line \d+$/),
        expected: expect.stringContaining('curly quotes “…”, which YAML does not read as quotes'),
      }),
    ]);
  });
});

describe('a place and its country', () => {
  it('refuses Moscow with its latitude and longitude swapped', async () => {
    const file = 'content/places/moscow.yaml';
    const problems = await problemsAfter((c) =>
      c.edit(file, (text) =>
        text.replace(
          /^latitude: (.*)\nlongitude: (.*)$/m,
          (_line, lat: string, lon: string) => `latitude: ${lon}\nlongitude: ${lat}`,
        ),
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file, field: 'latitude', expected: expect.stringContaining('look swapped') }),
    ]);
  });
});

describe('a duplicate id', () => {
  function git(root: string, ...args: string[]): void {
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd: root,
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${String(result.stderr)}`);
  }

  async function committedCopy(): Promise<ContentCopy> {
    copy = await createContentCopy('fixture');
    git(copy.root, 'init', '-q');
    git(copy.root, 'add', 'content');
    git(copy.root, 'commit', '-q', '-m', 'published');
    return copy;
  }

  it('is blamed on the new file, even when it sorts before the published one', async () => {
    const c = await committedCopy();
    await c.write('content/trips/1999-copy.yaml', await c.read(TRIP));
    const problems = (await c.check({ today })).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/trips/1999-copy.yaml',
        field: 'slug',
        expected: expect.stringContaining(`${TRIP} already uses`),
      }),
    ]);
  });

  it('is blamed on the source file being edited when a passage id is taken', async () => {
    const c = await committedCopy();
    await c.edit('content/sources/doc-000.yaml', (text) =>
      text.replace('- id: crossed-into-russia', '- id: first-trip-since-pandemic'),
    );
    const problems = (await c.check({ today })).problems.filter((problem) => problem.field.endsWith('.id'));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/sources/doc-000.yaml', found: 'first-trip-since-pandemic' }),
    ]);
  });

  it('is blamed on the file that sorts later outside a git checkout', async () => {
    const problems = await problemsAfter(async (c) => c.write('content/trips/2099-copy.yaml', await c.read(TRIP)));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/trips/2099-copy.yaml', field: 'slug' })]);
  });
});

describe('a quote edited by one word', () => {
  it('shows the first words that differ from the document', async () => {
    const file = 'content/sources/doc-000.yaml';
    const problems = await problemsAfter((c) => c.edit(file, (text) => text.replace('only about 50', 'only about 60')));
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        expected: expect.stringMatching(/the quote has "60 [^"]*" where the document has "50 /),
      }),
    ]);
  });
});
