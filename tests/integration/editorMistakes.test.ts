/**
 * Acceptance: each editor mistake, applied to a copy of the real content, stops
 * `npm run validate` (and `astro build`) with a message naming the file, the field and
 * what to write instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTempProject, type TempProject } from '../support/tempProject.ts';
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
      const block = problemBlock(output, mistake);
      expect(block, `no problem for ${mistake.file}, field ${mistake.field}, in:\n${output}`).toBeDefined();
      expect(block).toContain(mistake.hint);
    },
  );
});

describe('astro build on a copy with an editor mistake', () => {
  const throughBuild = ['a misspelt field name', 'a tag left open, so the MDX does not compile'];
  for (const name of throughBuild) {
    const mistake = EDITOR_MISTAKES.find((entry) => entry.name === name)!;
    it(`stops on ${name} and writes no site`, async () => {
      await rm(join(project.root, 'dist'), { recursive: true, force: true });
      const { status, output } = await withMistake(mistake, () => project.run('astro', ['build']));
      expect(status).not.toBe(0);
      expect(problemBlock(output, mistake)).toContain(mistake.hint);
      expect(existsSync(join(project.root, 'dist'))).toBe(false);
    });
  }
});
