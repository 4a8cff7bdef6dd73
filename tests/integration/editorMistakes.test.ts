/**
 * Acceptance: each editor mistake, applied to a copy of the real content, stops
 * `npm run validate` and `npm run build` with the same message naming the file, the field
 * and what to write instead, in plain words (no crash wording), and the build publishes
 * nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTempProject, type TempProject } from '../../scripts/lib/tempProject.ts';
import { EDITOR_MISTAKES, type EditorMistake } from '../fixtures/editorMistakes.ts';

let project: TempProject;
beforeAll(async () => {
  project = await createTempProject();
});
afterAll(async () => {
  await project.remove();
});

/** Applies the mistake, runs `check` and puts the file back, whatever happens. */
async function withMistake<T>(mistake: EditorMistake, check: () => T): Promise<T> {
  const path = join(project.root, mistake.file);
  const before = await readFile(path, 'utf8');
  const changed = before.replace(mistake.find, mistake.replace);
  if (changed === before) throw new Error(`Fixture text not found in ${mistake.file}: ${String(mistake.find)}`);
  await writeFile(path, changed);
  try {
    return check();
  } finally {
    await writeFile(path, before);
  }
}

/** The block of the report about this file and field, so the hint is matched to the right problem. */
function problemBlock(output: string, mistake: EditorMistake): string | undefined {
  const blocks = output.split(/\n(?=✗ )/);
  return blocks.find((block) => {
    const field = /^\s+field:\s+(.*)$/m.exec(block)?.[1] ?? '';
    const fieldMatches =
      typeof mistake.field === 'string' ? field.startsWith(mistake.field) : mistake.field.test(field);
    return block.startsWith(`✗ ${mistake.file}\n`) && fieldMatches;
  });
}

describe('npm run validate on a copy with one editor mistake', () => {
  it('passes on the content as it is', () => {
    const { status, output } = project.npm('validate');
    expect(output).toContain('Content is valid');
    expect(status).toBe(0);
  });

  it.each(EDITOR_MISTAKES.map((mistake) => [mistake.name, mistake] as const))(
    'reports %s with the file, the field and the fix',
    async (_name, mistake) => {
      const { status, output } = await withMistake(mistake, () => project.npm('validate'));
      expect(status).not.toBe(0);
      expectReported(output, mistake);
    },
  );
});

/** Words that read as a crash of the site's code rather than a mistake in a file. */
const CRASH_WORDING = /unhandled|stack trace|\bat .+:\d+:\d+\)|ReferenceError|TypeError|UNRESOLVED_IMPORT/i;

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

describe('npm run build on a copy with one editor mistake', () => {
  it.each(EDITOR_MISTAKES.map((mistake) => [mistake.name, mistake] as const))(
    'stops on %s in the words of validate, and leaves dist/ as it was',
    async (_name, mistake) => {
      const marker = join(project.root, 'dist', 'earlier-build.txt');
      await mkdir(join(project.root, 'dist'), { recursive: true });
      await writeFile(marker, 'the site as it was');
      const { status, output } = await withMistake(mistake, () => project.npm('build'));
      expect(status).not.toBe(0);
      expectReported(output, mistake);
      expect(output).toContain('nothing was built');
      expect(await readFile(marker, 'utf8')).toBe('the site as it was');
      expect(existsSync(join(project.root, 'dist', 'index.html'))).toBe(false);
    },
  );
});
