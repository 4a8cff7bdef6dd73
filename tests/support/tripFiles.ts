/**
 * The trips as editors wrote them in content/trips/, read straight from the files, so the
 * end-to-end tests check the built site against the content rather than against itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../../src/lib/content/readYaml.ts';
import { PROJECT_ROOT } from '../../scripts/lib/tempProject.ts';

export interface TripFile {
  slug: string;
  title: string;
  leader: string;
  mode: string;
  summary: string;
  origin: string;
  destination: string;
  /** A place id, or a place with its date and note. */
  stops?: Array<string | { place: string; date?: string }>;
}

export function readTripFiles(): TripFile[] {
  const folder = join(PROJECT_ROOT, 'content', 'trips');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => readYaml(readFileSync(join(folder, name), 'utf8')) as TripFile);
}
