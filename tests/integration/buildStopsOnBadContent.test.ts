/**
 * The acceptance test editors rely on: a wrong field stops `astro build` with a
 * non-zero exit and a message naming the file and the field, and writes no site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTempProject, replaceField, replaceOnce, type TempProject } from '../../scripts/lib/tempProject.ts';

let project: TempProject;
beforeAll(async () => {
  project = await createTempProject();
});
afterAll(async () => {
  await project.remove();
});

const mistakes = [
  {
    name: 'an impossible date',
    file: 'content/trips/2019-04-vladivostok.yaml',
    change: replaceField('start', '"2019-02-30"'),
    field: 'start',
    hint: 'is not a real date',
  },
  {
    name: 'an unknown place id',
    file: 'content/trips/2019-04-vladivostok.yaml',
    change: replaceField('origin', 'pyongyan'),
    field: 'origin',
    hint: 'The id of a place in content/places/',
  },
  {
    name: 'a latitude of 95',
    file: 'content/places/ussuriysk.yaml',
    change: replaceField('latitude', '95'),
    field: 'latitude',
    hint: 'latitude must be between -90 and 90',
  },
  {
    name: 'a route stop that is not a place',
    file: 'content/routes/rail-2023.yaml',
    change: replaceOnce('  - place: hamhung', '  - place: hamhong'),
    field: 'stops.1.place',
    hint: 'The id of a place in content/places/',
  },
];

describe('astro build with good content', () => {
  // A warning in every clean build teaches editors to ignore warnings; the build must be quiet
  // so that the one that matters is seen. The copy's Korean place names make the Hangul font
  // integration write its subsets, the source of the last such warnings.
  it('prints no [WARN] line', async () => {
    const { rm } = await import('node:fs/promises');
    await rm(join(project.root, 'dist'), { recursive: true, force: true });
    const { status, output } = project.run('astro', ['build']);
    expect(status).toBe(0);
    expect(output.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([]);
    expect(existsSync(join(project.root, 'dist', 'index.html'))).toBe(true);
  });
});

describe('astro build with a bad content file', () => {
  for (const mistake of mistakes) {
    it(`stops on ${mistake.name}, naming the file and the field`, async () => {
      const original = join(project.root, mistake.file);
      const { readFile, writeFile, rm } = await import('node:fs/promises');
      const before = await readFile(original, 'utf8');
      await writeFile(original, mistake.change(before));
      await rm(join(project.root, 'dist'), { recursive: true, force: true });
      try {
        const { status, output } = project.run('astro', ['build']);
        expect(status).not.toBe(0);
        expect(output).toContain(mistake.file);
        expect(output).toMatch(new RegExp(`field:\\s+${mistake.field}\\b`));
        expect(output).toContain(mistake.hint);
        expect(existsSync(join(project.root, 'dist', 'index.html'))).toBe(false);
      } finally {
        await writeFile(original, before);
      }
    });
  }
});
