/**
 * npm run build: builds the site into a staging folder, indexes it for search, and only
 * then puts it in dist/. A build that stops half-way, whatever the reason, leaves dist/
 * as it was, so nothing half-written is ever served or uploaded.
 */
import { spawnSync } from 'node:child_process';
import { rm, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from './lib/search/indexSite.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
// Inside .astro/ (Astro's own generated folder, ignored by git and the linters), on the
// same disk as dist/, so the last step is a rename.
const staging = join(root, '.astro', 'dist-staging');

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return result.status ?? 1;
}

async function stop(status: number): Promise<never> {
  await rm(staging, { recursive: true, force: true });
  console.error('\nNothing was published: dist/ is as it was before this build.');
  process.exit(status);
}

await rm(staging, { recursive: true, force: true });
const built = run('astro', ['build', '--outDir', staging]);
if (built !== 0) await stop(built);
try {
  await indexSite(staging);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
await rm(dist, { recursive: true, force: true });
await rename(staging, dist);
console.log('The site is in dist/.');
