/**
 * Content stays in content: an editor who adds a place, says which side of its dot its
 * name goes, and puts it on a route, changes no code. The maps read the side from the
 * place's file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

describe('a new place with its label side, on a route', () => {
  it('is validated, built and drawn with its name where its file says, with no code change', async () => {
    await project.write('content/places/test-halt.yaml', PLACE);
    await project.edit('content/routes/rail-2023.yaml', (text) =>
      text.replace(/\nfigures:/, '\n  - place: test-halt\n    branchFrom: vladivostok\nfigures:'),
    );
    const validate = project.npm('validate');
    expect(validate.output).not.toMatch(/problem/i);
    expect(validate.status).toBe(0);
    const build = project.run('astro', ['build']);
    expect(build.status).toBe(0);
    const mapData = JSON.parse(await readFile(join(project.root, 'dist', 'map-data', 'routes.json'), 'utf8'));
    expect(mapData.labelPlacements['test-halt']).toEqual({ side: 'left', shift: 0.5 });
    expect(mapData.route.stops.map((stop: { id: string }) => stop.id)).toContain('test-halt');
  });

  it('is refused, naming the file and the field, when the side is not left or right', async () => {
    await project.write('content/places/test-halt.yaml', PLACE.replace('side: left', 'side: above'));
    const validate = project.npm('validate');
    expect(validate.status).not.toBe(0);
    expect(validate.output).toContain('content/places/test-halt.yaml');
    expect(validate.output).toMatch(/label\.side/);
  });
});
