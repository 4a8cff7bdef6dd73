/**
 * Acceptance: an editor follows EDITING.md in a copy of the project. A leader, a place and
 * a trip made with `npm run new` and filled in, plus the passage they cite, pass validation,
 * and after `astro build` the trip has its own page, a link in the timeline on /trips/ and
 * an entry in the map's data. The trip is the new leader's, dated before every other trip:
 * the timeline's leader filter offers the new leader first, by the name their file gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTempProject, type TempProject } from '../../scripts/lib/tempProject.ts';
import { TEST_PLACE_FILE, TEST_TRIP_TITLE, addTestTrip, fillFields } from '../support/fillIn.ts';

const SLUG = 'kim-jong-un-by-train-on-a-test-journey';
const TITLE = TEST_TRIP_TITLE;
/** The file `npm run new` must say it made, for each kind. */
const CREATED = { place: TEST_PLACE_FILE, trip: `content/trips/${SLUG}.yaml` };
const LEADER_NAME = 'Editor Test Leader';
const LEADER_FILE = 'content/leaders/editor-test-leader.yaml';

let project: TempProject;
let build: { status: number | null; output: string };

beforeAll(async () => {
  project = await createTempProject();
  expect(project.npm('new', ['leader', LEADER_NAME]).output).toContain(`Created ${LEADER_FILE}`);
  await project.edit(LEADER_FILE, fillFields({ nativeName: '"시험 지도자"' }));
  await addTestTrip(project, (kind, title) => {
    expect(project.npm('new', [kind, title]).output).toContain(`Created ${CREATED[kind]}`);
    return CREATED[kind];
  });
  // Earlier than any trip of the real content, so the new leader's first trip comes first.
  await project.edit(CREATED.trip, (text) =>
    text.replace(/^leader: .*$/m, 'leader: editor-test-leader').replace(/^start: .*$/m, "start: '1901'"),
  );
  build = project.run('astro', ['build']);
}, 240_000);

afterAll(async () => {
  await project.remove();
});

function dist(path: string): string {
  return join(project.root, 'dist', path);
}

/** The leader filter's choices on a built page, as value and label, after "All leaders". */
function leaderOptions(html: string): { value: string; label: string }[] {
  const select = /<select data-filter="leader"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
  return [...select.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)]
    .map(([, value, label]) => ({ value: value!, label: label! }))
    .filter((option) => option.value !== '');
}

describe('a leader and their trip added with npm run new, filled in as EDITING.md says', () => {
  it('passes npm run validate', () => {
    const { status, output } = project.npm('validate');
    expect(output).toContain('Content is valid');
    expect(status).toBe(0);
  });

  it('builds', () => {
    expect(build.output).not.toMatch(/problems? in content/);
    expect(build.status).toBe(0);
  });

  it('has its own page, which names the leader', async () => {
    expect(existsSync(dist(`trips/${SLUG}/index.html`))).toBe(true);
    const page = await readFile(dist(`trips/${SLUG}/index.html`), 'utf8');
    expect(page).toContain(TITLE);
    expect(page).toContain(LEADER_NAME);
  });

  it("offers the leader in the timeline's filter, by name, first because their first trip is the earliest", async () => {
    const options = leaderOptions(await readFile(dist('trips/index.html'), 'utf8'));
    expect(options[0]).toEqual({ value: 'editor-test-leader', label: LEADER_NAME });
    const leaderFiles = await readdir(join(project.root, 'content', 'leaders'));
    for (const option of options) expect(leaderFiles).toContain(`${option.value}.yaml`);
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
