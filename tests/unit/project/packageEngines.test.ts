/**
 * npm checks `engines` against the Node it runs on (the system's), not the project's own
 * Node that runs every script, so its EBADENGINE warnings are switched off in .npmrc. This
 * is the check that matters instead: each locked package accepts the project's Node.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { PROJECT_ROOT } from '../../../scripts/lib/tempProject.ts';

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(join(PROJECT_ROOT, path), 'utf8')) as T;
}

describe('the Node the project runs on', () => {
  it('is the one the scripts use and the one package.json asks for', async () => {
    const lock = await readJson<{ packages: Record<string, LockedPackage> }>('package-lock.json');
    const manifest = await readJson<{ engines: { node: string } }>('package.json');
    const projectNode = lock.packages['node_modules/node']?.version;
    expect(projectNode, 'the `node` devDependency is not in the lockfile').toBeDefined();
    expect(process.version).toBe(`v${projectNode}`);
    expect(semver.satisfies(projectNode!, manifest.engines.node)).toBe(true);
  });

  it('is accepted by every installed package that names the Node it needs', async () => {
    const lock = await readJson<{ packages: Record<string, LockedPackage> }>('package-lock.json');
    const projectNode = lock.packages['node_modules/node']!.version!;
    const refusing = Object.entries(lock.packages)
      // Optional packages for other platforms are locked but never installed here.
      .filter(([path]) => path !== '' && existsSync(join(PROJECT_ROOT, path, 'package.json')))
      .flatMap(([path, locked]) => {
        const range = Array.isArray(locked.engines) ? undefined : locked.engines?.node;
        return range === undefined || semver.satisfies(projectNode, range, { includePrerelease: true })
          ? []
          : [`${path} needs Node ${range}`];
      });
    expect(refusing).toEqual([]);
  });
});
