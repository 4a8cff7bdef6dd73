/**
 * content/ is read once while nothing in it changes: every collection's loader in a build
 * gets the one read, and a file saved in `astro dev` is read again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/readContent.ts';
import { createContentCopy, type ContentCopy } from '../../support/contentCopy.ts';

const today = new Date('2026-12-01T12:00:00Z');

let copy: ContentCopy | undefined;
afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

describe('the read of content/', () => {
  it('is the same read while no file changes', async () => {
    copy = await createContentCopy('fixture');
    const first = readContent({ root: copy.root, today });
    const second = readContent({ root: copy.root, today });
    expect(await second).toBe(await first);
  });

  it('reads again when a file is saved with other text, even of the same length', async () => {
    copy = await createContentCopy('fixture');
    const first = await readContent({ root: copy.root, today });
    await copy.edit('content/places/khasan.yaml', (text) => text.replace(/^latitude: (\d)/m, 'latitude: 9'));
    const second = await readContent({ root: copy.root, today });
    expect(second).not.toBe(first);
    expect(second.problems.length).toBeGreaterThan(first.problems.length);
  });

  it('reads again when a file is added or removed', async () => {
    copy = await createContentCopy('fixture');
    const first = await readContent({ root: copy.root, today });
    await copy.delete('content/facts/convoy.yaml');
    const second = await readContent({ root: copy.root, today });
    expect(second.files).toBe(first.files - 1);
  });

  it('reads again on another day, for the check of dates in the future', async () => {
    copy = await createContentCopy('fixture');
    const first = await readContent({ root: copy.root, today });
    expect(await readContent({ root: copy.root, today: new Date('2026-12-02T12:00:00Z') })).not.toBe(first);
  });
});
