/**
 * Acceptance: an editor follows EDITING.md in a copy of the project. A place and a trip
 * made with `npm run new` and filled in, plus the passage they cite, pass validation, and
 * after `astro build` the trip has its own page, a link in the timeline on /trips/ and
 * an entry in the map's data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTempProject, type TempProject } from '../../scripts/lib/tempProject.ts';
import { TEST_PLACE_FILE, TEST_TRIP_TITLE, addTestTrip } from '../support/fillIn.ts';

const SLUG = 'kim-jong-un-by-train-on-a-test-journey';
const TITLE = TEST_TRIP_TITLE;
/** The file `npm run new` must say it made, for each kind. */
const CREATED = { place: TEST_PLACE_FILE, trip: `content/trips/${SLUG}.yaml` };

let project: TempProject;
let build: { status: number | null; output: string };

beforeAll(async () => {
  project = await createTempProject();
  await addTestTrip(project, (kind, title) => {
    expect(project.npm('new', [kind, title]).output).toContain(`Created ${CREATED[kind]}`);
    return CREATED[kind];
  });
  build = project.run('astro', ['build']);
}, 240_000);

afterAll(async () => {
  await project.remove();
});

function dist(path: string): string {
  return join(project.root, 'dist', path);
}

describe('a trip added with npm run new, filled in as EDITING.md says', () => {
  it('passes npm run validate', () => {
    const { status, output } = project.npm('validate');
    expect(output).toContain('Content is valid');
    expect(status).toBe(0);
  });

  it('builds', () => {
    expect(build.output).not.toMatch(/problems? in content/);
    expect(build.status).toBe(0);
  });

  it('has its own page', async () => {
    expect(existsSync(dist(`trips/${SLUG}/index.html`))).toBe(true);
    expect(await readFile(dist(`trips/${SLUG}/index.html`), 'utf8')).toContain(TITLE);
  });

  it('is linked from the timeline on the trips page', async () => {
    const trips = await readFile(dist('trips/index.html'), 'utf8');
    expect(trips).toMatch(new RegExp(`href="/trips/${SLUG}/"`));
  });

  it('is in the data the map draws from', async () => {
    const mapData = JSON.parse(await readFile(dist('map-data/routes.json'), 'utf8')) as {
      trips: Array<{ slug: string }>;
    };
    expect(mapData.trips.map((trip) => trip.slug)).toContain(SLUG);
  });
});
