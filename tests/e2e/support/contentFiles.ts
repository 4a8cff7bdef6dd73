import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../../../src/lib/content/readYaml.ts';

/** Trips as editors wrote them in content/trips/, for tests that look for a trip's page. */
export function tripFiles(): { slug: string; start: string; title: string }[] {
  const folder = join(process.cwd(), 'content/trips');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .map(
      (file) => readYaml(readFileSync(join(folder, file), 'utf8')) as { slug: string; start: string; title: string },
    );
}
