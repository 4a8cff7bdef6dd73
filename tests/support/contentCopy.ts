/**
 * A copy of content/ alone (public/ linked, for the checks that look for images and files),
 * for tests that run the validator in process: far lighter than a copy of the whole project,
 * and nothing of it is spawned.
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURE_CONTENT, PROJECT_ROOT } from '../../scripts/lib/tempProject.ts';
import type { ContentCheck, ValidateOptions } from '../../src/lib/content/validateContent.ts';
import { readContent } from '../../src/lib/content/readContent.ts';

export interface ContentCopy {
  root: string;
  read(path: string): Promise<string>;
  write(path: string, text: string | Buffer): Promise<void>;
  edit(path: string, change: (text: string) => string): Promise<void>;
  delete(path: string): Promise<void>;
  check(options?: Omit<ValidateOptions, 'root'>): Promise<ContentCheck>;
  remove(): Promise<void>;
}

export async function createContentCopy(content: 'real' | 'fixture' = 'fixture'): Promise<ContentCopy> {
  const root = await mkdtemp(join(tmpdir(), 'armored-train-content-'));
  await cp(content === 'fixture' ? FIXTURE_CONTENT : join(PROJECT_ROOT, 'content'), join(root, 'content'), {
    recursive: true,
  });
  await symlink(join(PROJECT_ROOT, 'public'), join(root, 'public'), 'dir');
  const copy: ContentCopy = {
    root,
    read: (path) => readFile(join(root, path), 'utf8'),
    async write(path, text) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    },
    async edit(path, change) {
      await writeFile(join(root, path), change(await copy.read(path)));
    },
    delete: (path) => unlink(join(root, path)),
    check: (options = {}) => readContent({ ...options, root }),
    remove: () => rm(root, { recursive: true, force: true }),
  };
  return copy;
}
