import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addressForwards } from '../../../src/lib/site/addressForwards.ts';
import { tripPagePath } from '../../../src/lib/trips/tripAddresses.ts';
import { oembedPath, tripEmbed } from '../../../src/lib/embed/embedPages.ts';
import { tripDataPath } from '../../../src/lib/data/dataFiles.ts';
import { socialImagePath } from '../../../src/lib/meta/socialImagePath.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function projectWithTrips(trips: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'forwards-'));
  mkdirSync(join(root, 'content', 'trips'), { recursive: true });
  for (const [name, text] of Object.entries(trips)) writeFileSync(join(root, 'content', 'trips', name), text);
  return root;
}

describe('addressForwards', () => {
  it("leads a trip's earlier slugs to its page, its embed and oEmbed document, its data file and its card", () => {
    const project = projectWithTrips({
      'a.yaml': 'slug: trip-a\naliases:\n- old-a\n- older-a\n',
      'b.yaml': 'slug: trip-b\n',
    });
    const forwards = addressForwards(project);
    for (const alias of ['old-a', 'older-a']) {
      expect(forwards).toContainEqual({ from: tripPagePath(alias), to: tripPagePath('trip-a') });
      expect(forwards).toContainEqual({ from: tripEmbed(alias, '', '').path, to: tripEmbed('trip-a', '', '').path });
      expect(forwards).toContainEqual({ from: tripDataPath(alias), to: tripDataPath('trip-a') });
      expect(forwards).toContainEqual({
        from: oembedPath(tripEmbed(alias, '', '').path),
        to: oembedPath(tripEmbed('trip-a', '', '').path),
      });
      expect(forwards).toContainEqual({
        from: socialImagePath(tripPagePath(alias)),
        to: socialImagePath(tripPagePath('trip-a')),
      });
    }
    expect(forwards).toHaveLength(10);
  });

  it('leaves out a file the content check will report, rather than stopping the build here', () => {
    expect(addressForwards(projectWithTrips({ 'bad.yaml': 'slug: [unclosed\n' }))).toEqual([]);
  });
});
