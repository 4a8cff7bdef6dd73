/**
 * Build time as content grows: a temporary copy of the project gets generated trips
 * (copies of a real trip with real places and passages) and is built from cold.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { readYaml } from '../../../src/lib/content/readYaml.ts';
import { createTempProject } from '../tempProject.ts';
import { extraTrips, type TripData } from './extraTrips.ts';
import { formatProblems, validateContent } from '../../../src/lib/content/validateContent.ts';
import { listBuiltFiles } from '../quality/builtSite.ts';
import type { BuildTiming } from './benchReport.ts';
import { timedBuild } from './astroCommand.ts';

async function yamlFiles(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith('.yaml')).sort();
}

async function contentIds(contentDir: string) {
  const placeIds = (await yamlFiles(join(contentDir, 'places'))).map((name) => name.replace(/\.yaml$/, ''));
  const passageIds: string[] = [];
  for (const file of await yamlFiles(join(contentDir, 'sources'))) {
    const source = readYaml(await readFile(join(contentDir, 'sources', file), 'utf8')) as {
      passages?: { id: string }[];
    };
    passageIds.push(...(source.passages ?? []).map((passage) => passage.id));
  }
  const [firstTrip] = await yamlFiles(join(contentDir, 'trips'));
  if (!firstTrip) throw new Error('content/trips/ has no trip to copy');
  const template = readYaml(await readFile(join(contentDir, 'trips', firstTrip), 'utf8')) as TripData;
  return { placeIds, passageIds, template };
}

async function countPages(distDir: string): Promise<number> {
  return (await listBuiltFiles(distDir)).filter((file) => file.endsWith('.html')).length;
}

export async function measureBuildGrowth(
  extraCounts: number[],
  log: (message: string) => void,
): Promise<BuildTiming[]> {
  const timings: BuildTiming[] = [];
  for (const count of extraCounts) {
    const project = await createTempProject();
    try {
      const contentDir = join(project.root, 'content');
      const ids = await contentIds(contentDir);
      for (const trip of extraTrips({ ...ids, count })) {
        await writeFile(join(contentDir, 'trips', trip.fileName), yaml.dump(trip.data));
      }
      const problems = await validateContent({ root: project.root });
      if (problems.length > 0) throw new Error(`The generated trips are not valid:\n${formatProblems(problems)}`);
      log(`building a copy with ${count} extra trips…`);
      const time = await timedBuild(project.root);
      const pages = await countPages(join(project.root, 'dist'));
      const cpu = time.cpuSeconds === undefined ? '' : ` (${time.cpuSeconds.toFixed(1)} s of CPU)`;
      log(`  ${count} extra trips: ${pages} pages in ${time.seconds.toFixed(1)} s${cpu}`);
      timings.push({ label: `with ${count} extra trips`, extraTrips: count, pages, ...time });
    } finally {
      await project.remove();
    }
  }
  return timings;
}
