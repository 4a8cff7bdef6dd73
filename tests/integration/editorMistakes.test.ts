/**
 * Acceptance: each editor mistake, applied to a copy of the real content, is refused with a
 * message naming the file, the field and what to write instead, in plain words (no crash
 * wording).
 *
 * Every mistake goes through the validator in process, on a copy of content/ alone: the
 * validator is what `npm run validate` and the build both run (scripts/validate.ts and
 * src/integrations/contentValidation.ts call the same checkContent). A handful, one of each
 * way a file can go wrong (a field, an unreadable file, a file the site would not read, a
 * cross-file check, the MDX text), also go through the real `npm run validate` and
 * `npm run build`, which must stop in the same words and publish nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createTempProject, type TempProject } from '../../scripts/lib/tempProject.ts';
import { formatProblems } from '../../src/lib/content/validateContent.ts';
import { createContentCopy, type ContentCopy } from '../support/contentCopy.ts';
import { EDITOR_MISTAKES, type EditorMistake } from '../fixtures/editorMistakes.ts';

/** Applies the mistake under `root`, runs `check` and puts the file back, whatever happens. */
async function withMistake<T>(root: string, mistake: EditorMistake, check: () => T | Promise<T>): Promise<T> {
  const path = join(root, mistake.file);
  const before = await readFile(path, 'utf8');
  const changed = before.replace(mistake.find, mistake.replace);
  if (changed === before && mistake.moveTo === undefined) {
    throw new Error(`Fixture text not found in ${mistake.file}: ${String(mistake.find)}`);
  }
  const target = join(root, mistake.moveTo ?? mistake.file);
  if (mistake.moveTo !== undefined) await rm(path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, changed);
  try {
    return await check();
  } finally {
    if (mistake.moveTo !== undefined) await rm(target);
    await writeFile(path, before);
  }
}

/** The block of the report about this file and field, so the hint is matched to the right problem. */
function problemBlock(output: string, mistake: EditorMistake): string | undefined {
  const file = mistake.moveTo ?? mistake.file;
  const blocks = output.split(/\n(?=✗ )/);
  return blocks.find((block) => {
    const field = /^\s+field:\s+(.*)$/m.exec(block)?.[1] ?? '';
    const fieldMatches =
      typeof mistake.field === 'string' ? field.startsWith(mistake.field) : mistake.field.test(field);
    return block.startsWith(`✗ ${file}\n`) && fieldMatches;
  });
}

/** Words that read as a crash of the site's code rather than a mistake in a file. */
const CRASH_WORDING =
  /unhandled|stack trace|\bat .+:\d+:\d+\)|ReferenceError|TypeError|UNRESOLVED_IMPORT|InvalidContentEntryDataError/i;

function expectReported(output: string, mistake: EditorMistake): void {
  const block = problemBlock(output, mistake);
  expect(block, `no problem for ${mistake.file}, field ${String(mistake.field)}, in:\n${output}`).toBeDefined();
  expect(block).toContain(mistake.hint);
  expect(output).not.toMatch(CRASH_WORDING);
  if (mistake.alone) {
    expect(output.match(/^✗ /gm), `more than the unreadable file reported:\n${output}`).toHaveLength(1);
    expect(output).toContain('cannot be read');
  }
}

describe('the validator on a copy of the content with one editor mistake', () => {
  let copy: ContentCopy;
  beforeAll(async () => {
    copy = await createContentCopy('real');
  });
  afterAll(async () => {
    await copy.remove();
  });

  it('passes on the content as it is', async () => {
    expect(formatProblems((await copy.check()).problems)).toBe(formatProblems([]));
  });

  it.each(EDITOR_MISTAKES.map((mistake) => [mistake.name, mistake] as const))(
    'reports %s with the file, the field and the fix',
    async (_name, mistake) => {
      const { problems } = await withMistake(copy.root, mistake, () => copy.check());
      expect(problems.length).toBeGreaterThan(0);
      expectReported(formatProblems(problems), mistake);
    },
  );
});

/** One mistake of each kind, through the real commands. */
const THROUGH_THE_COMMANDS = [
  'a misspelt field name',
  'an indentation slip in a source file, reported first and alone',
  'an empty trip file',
  'a trip put in content/trip/',
  'a place with latitude and longitude swapped',
  'a tag left open, so the MDX does not compile',
];

describe('npm run validate and npm run build on a copy with one editor mistake', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await createTempProject();
  });
  afterAll(async () => {
    await project.remove();
  });

  const chosen = EDITOR_MISTAKES.filter((mistake) => THROUGH_THE_COMMANDS.includes(mistake.name));

  it('runs every chosen mistake', () => {
    expect(chosen.map((mistake) => mistake.name).sort()).toEqual([...THROUGH_THE_COMMANDS].sort());
  });

  it.each(chosen.map((mistake) => [mistake.name, mistake] as const))(
    'stops on %s in the same words, and leaves dist/ as it was',
    async (_name, mistake) => {
      const marker = join(project.root, 'dist', 'earlier-build.txt');
      await mkdir(join(project.root, 'dist'), { recursive: true });
      await writeFile(marker, 'the site as it was');
      const { validated, built } = await withMistake(project.root, mistake, () => ({
        validated: project.npm('validate'),
        built: project.npm('build'),
      }));
      expect(validated.status).not.toBe(0);
      expectReported(validated.output, mistake);
      expect(built.status).not.toBe(0);
      expectReported(built.output, mistake);
      expect(built.output).toContain('nothing was built');
      expect(await readFile(marker, 'utf8')).toBe('the site as it was');
      expect(existsSync(join(project.root, 'dist', 'index.html'))).toBe(false);
    },
    180_000,
  );
});
