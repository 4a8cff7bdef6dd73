/**
 * Content stays in content: an editor who adds a place, says which side of its dot its
 * name goes, and puts it on a route, changes no code. The maps read the side from the
 * place's file. A second railway line is one more file under content/routes/ too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { createTempProject, type TempProject } from '../../scripts/lib/tempProject.ts';

let project: TempProject;
beforeAll(async () => {
  project = await createTempProject();
});
afterAll(async () => {
  await project.remove();
});

const PLACE = `name:
  en: Test Halt
  ru: Тест
latitude: 43.2
longitude: 131.7
kind: station
country: RU
onRoute: true
coordinates:
  source: GeoNames
  url: https://www.geonames.org/2013348
label:
  side: left
  shift: 0.5
`;

/** A second line, from wherever the main route ends to the new place, citing what the main route cites. */
async function secondRoute(): Promise<{ text: string; from: string }> {
  const main = load(await readFile(join(project.root, 'content', 'routes', 'rail-2023.yaml'), 'utf8')) as {
    citations: string[];
    stops: Array<{ place: string }>;
  };
  const from = main.stops.at(-1)!.place;
  const text = `title: A test branch line
summary: A line added by the test, to show that a second route needs no code.
citations: [${main.citations[0]}]
stops:
  - place: ${from}
  - place: test-halt
`;
  return { text, from };
}

describe('a new place with its label side, on a route, and a second route', () => {
  it('is validated, built and drawn with its name where its file says, with no code change', async () => {
    // Read before the new place joins the main route, so the branch starts where the route ended.
    const branch = await secondRoute();
    await project.write('content/places/test-halt.yaml', PLACE);
    await project.edit('content/routes/rail-2023.yaml', (text) =>
      text.replace(/\nfigures:/, '\n  - place: test-halt\n    branchFrom: vladivostok\nfigures:'),
    );
    await project.write('content/routes/rail-test-branch.yaml', branch.text);
    const validate = project.npm('validate');
    expect(validate.output).not.toMatch(/problem/i);
    expect(validate.status).toBe(0);
    const build = project.run('astro', ['build']);
    expect(build.status).toBe(0);
    const mapData = JSON.parse(await readFile(join(project.root, 'dist', 'map-data', 'routes.json'), 'utf8'));
    expect(mapData.labelPlacements['test-halt']).toEqual({ side: 'left', shift: 0.5 });
    expect(mapData.route.stops.map((stop: { id: string }) => stop.id)).toContain('test-halt');
    const routes = JSON.parse(await readFile(join(project.root, 'dist', 'data', 'routes.json'), 'utf8'));
    const added = routes.records.find((route: { id: string }) => route.id === 'rail-test-branch');
    expect(added).toMatchObject({ title: 'A test branch line', stops: [branch.from, 'test-halt'] });
    expect(added.drawn_length_km).toBeGreaterThan(0);
  });

  it('is refused, naming the file and the field, when the side is not left or right', async () => {
    await project.write('content/places/test-halt.yaml', PLACE.replace('side: left', 'side: above'));
    const validate = project.npm('validate');
    expect(validate.status).not.toBe(0);
    expect(validate.output).toContain('content/places/test-halt.yaml');
    expect(validate.output).toMatch(/label\.side/);
  });
});
