import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { readYaml } from '../../src/lib/content/readYaml.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extraTrips, type TripData } from '../../scripts/lib/bench/extraTrips.ts';
import { validateContent } from '../../src/lib/content/validateContent.ts';
import { createTempProject, type TempProject } from '../../scripts/lib/tempProject.ts';

describe('trips generated for the build benchmark', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await createTempProject();
  });
  afterAll(async () => {
    await project.remove();
  });

  it('pass the content validation an editor faces', async () => {
    const trips = join(project.root, 'content', 'trips');
    const [first] = (await readdir(trips)).filter((name) => name.endsWith('.yaml')).sort();
    const template = readYaml(await readFile(join(trips, first!), 'utf8')) as TripData;
    const placeIds = (await readdir(join(project.root, 'content', 'places'))).map((name) => name.replace('.yaml', ''));
    // The template's own citations are passages known to exist.
    const passageIds = template['citations'] as string[];
    const generated = extraTrips({ template, count: 12, placeIds, passageIds });
    for (const trip of generated) await writeFile(join(trips, trip.fileName), yaml.dump(trip.data));
    expect(new Set(generated.map((trip) => trip.data.slug)).size).toBe(12);
    expect(await validateContent({ root: project.root })).toEqual([]);
  });

  it('refuse to invent places or passages', () => {
    const template = { slug: 'a', title: 'A trip' };
    expect(() => extraTrips({ template, count: 1, placeIds: ['only-one'], passageIds: ['p'] })).toThrow(/two places/);
    expect(() => extraTrips({ template, count: 1, placeIds: ['a', 'b'], passageIds: [] })).toThrow(/passage/);
  });
});
