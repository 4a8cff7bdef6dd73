/**
 * A throw-away copy of the project for tests that break content on purpose:
 * content/, src/ and the config are copied, node_modules is linked, never modified.
 *
 * Unit tests of the checks take the frozen content of tests/fixtures/content/ instead of
 * the real content, so an editor's new article, dated today, never changes what they see.
 */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const BIN = join(PROJECT_ROOT, 'node_modules', '.bin');

const COPIED = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** What a copy needs to run the unit tests itself. */
const TEST_FILES = ['tests', 'vitest.config.ts', 'schemas', '.vscode', 'package-lock.json'];
export const FIXTURE_CONTENT = join(PROJECT_ROOT, 'tests', 'fixtures', 'content');

export interface TempProjectOptions {
  /** 'real' copies content/ (the default); 'fixture' copies tests/fixtures/content/ in its place. */
  content?: 'real' | 'fixture';
  /** Also copy the tests and their configuration. */
  withTests?: boolean;
}

export interface TempProject {
  root: string;
  /** Rewrites a file of the copy, given its path relative to the project root. */
  edit(path: string, change: (text: string) => string): Promise<void>;
  write(path: string, text: string): Promise<void>;
  /** Runs a command from node_modules/.bin in the copy and returns its exit code and output. */
  run(command: string, args: string[]): { status: number | null; output: string };
  /** Runs `npm run <script> -- <args>` in the copy, as an editor would. */
  npm(script: string, args?: string[]): { status: number | null; output: string };
  remove(): Promise<void>;
}

export async function createTempProject(options: TempProjectOptions = {}): Promise<TempProject> {
  const root = await mkdtemp(join(tmpdir(), 'armored-train-'));
  for (const entry of [...COPIED, ...(options.withTests ? TEST_FILES : [])]) {
    await cp(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  }
  const content = options.content === 'fixture' ? FIXTURE_CONTENT : join(PROJECT_ROOT, 'content');
  await cp(content, join(root, 'content'), { recursive: true });
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    async edit(path, change) {
      const file = join(root, path);
      await writeFile(file, change(await readFile(file, 'utf8')));
    },
    async write(path, text) {
      await writeFile(join(root, path), text);
    },
    run(command, args) {
      return runIn(root, join(BIN, command), args);
    },
    npm(script, args = []) {
      return runIn(root, 'npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])]);
    },
    async remove() {
      await rm(root, { recursive: true, force: true });
    },
  };
}

function runIn(root: string, command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${BIN}:${process.env['PATH'] ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    timeout: 480_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Replaces one exact piece of text, failing loudly if the fixture no longer contains it. */
export function replaceOnce(search: string, replacement: string): (text: string) => string {
  return (text) => {
    if (!text.includes(search)) throw new Error(`Fixture text not found: ${search}`);
    return text.replace(search, replacement);
  };
}

/**
 * Replaces the value of a top-level YAML field, whatever its quoting, failing loudly
 * if the fixture has no such field.
 */
export function replaceField(field: string, value: string): (text: string) => string {
  const line = new RegExp(`^${field}:.*$`, 'm');
  return (text) => {
    if (!line.test(text)) throw new Error(`Fixture has no top-level field: ${field}`);
    return text.replace(line, `${field}: ${value}`);
  };
}
