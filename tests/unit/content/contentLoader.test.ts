/**
 * The collections' loader stores the entries of the content read through Astro's public
 * loader API: what a page gets from getEntry is what `npm run validate` checked. The store
 * here keeps Astro's documented rule for set(): an entry whose digest is unchanged is left
 * as it is.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { contentLoader } from '../../../src/lib/content/contentLoader.ts';
import { createContentCopy, type ContentCopy } from '../../support/contentCopy.ts';

type StoredEntry = Parameters<DataStore['set']>[0];

function fakeStore() {
  const entries = new Map<string, StoredEntry>();
  const moduleImports = new Set<string>();
  /** Every id the loader has offered to the store, changed or not. */
  const offered: string[] = [];
  const store: DataStore = {
    get: ((id: string) => entries.get(id)) as DataStore['get'],
    entries: () => [...entries],
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    set(entry) {
      offered.push(entry.id);
      const existing = entries.get(entry.id);
      if (entry.digest !== undefined && existing?.digest === entry.digest) return false;
      entries.set(entry.id, entry as StoredEntry);
      if (entry.deferredRender && entry.filePath) moduleImports.add(entry.filePath);
      return true;
    },
    delete: (id) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id) => entries.has(id),
    addModuleImport: (fileName) => void moduleImports.add(fileName),
  };
  return { store, entries, moduleImports, offered };
}

/** A digest as Astro makes one: of a text, or of data as JSON. */
function digestOf(data: Record<string, unknown> | string): string {
  return createHash('sha1')
    .update(typeof data === 'string' ? data : JSON.stringify(data))
    .digest('hex');
}

function loaderContext(root: string, store: DataStore, watcher?: LoaderContext['watcher']): LoaderContext {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
  return {
    collection: 'test',
    store,
    meta: new Map() as unknown as LoaderContext['meta'],
    logger: logger as unknown as LoaderContext['logger'],
    config: { root: pathToFileURL(`${root}/`) } as LoaderContext['config'],
    parseData: () => Promise.reject(new Error('the loader stores the read, it does not parse again')),
    renderMarkdown: () => Promise.reject(new Error('articles are rendered by @astrojs/mdx')),
    generateDigest: digestOf,
    ...(watcher === undefined ? {} : { watcher }),
  };
}

/** Enough of Vite's watcher for the loader: it adds a folder and listens for saves. */
function fakeWatcher() {
  const listeners = new Map<string, Array<(path: string) => void>>();
  const watcher = {
    add: vi.fn(),
    on(event: string, listener: (path: string) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return watcher;
    },
  };
  const emit = (event: string, path: string) => listeners.get(event)?.forEach((listener) => listener(path));
  return { watcher: watcher as unknown as NonNullable<LoaderContext['watcher']>, emit };
}

let copy: ContentCopy | undefined;
afterEach(async () => {
  await copy?.remove();
  copy = undefined;
  vi.restoreAllMocks();
});

describe('the content loader', () => {
  it("stores a place file's fields after its schema, by file name, with its path from the root", async () => {
    copy = await createContentCopy('fixture');
    const { store, entries } = fakeStore();
    await contentLoader('places').load(loaderContext(copy.root, store));
    const khasan = entries.get('khasan');
    expect(khasan?.filePath).toBe('content/places/khasan.yaml');
    expect(khasan?.deferredRender).toBeUndefined();
    expect(khasan?.digest).toEqual(expect.any(String));
    // A default the schema fills in is there, though the file does not write it.
    expect(khasan?.data).toHaveProperty('onRoute');
    expect(khasan?.data).toMatchObject({ name: expect.objectContaining({ en: expect.any(String) }) });
  });

  it('stores a trip by its slug, and a passage by its id with the id of its source', async () => {
    copy = await createContentCopy('fixture');
    const trips = fakeStore();
    await contentLoader('trips').load(loaderContext(copy.root, trips.store));
    const tripFile = 'content/trips/2019-04-vladivostok.yaml';
    const slug = /^slug: (.+)$/m
      .exec(await copy.read(tripFile))?.[1]
      ?.trim()
      .replace(/^['"]|['"]$/g, '');
    expect(trips.entries.get(slug!)?.filePath).toBe(tripFile);

    const passages = fakeStore();
    await contentLoader('passages').load(loaderContext(copy.root, passages.store));
    const firstId = /^ {2}- id: (.+)$/m.exec(await copy.read('content/sources/doc-004.yaml'))?.[1]?.trim();
    const passage = passages.entries.get(firstId!);
    expect(passage?.data).toMatchObject({ id: firstId, source: 'doc-004' });
    expect(passage?.filePath).toBe('content/sources/doc-004.yaml');
  });

  it("stores an article's text after its fields, to be rendered by @astrojs/mdx", async () => {
    copy = await createContentCopy('fixture');
    const { store, entries, moduleImports } = fakeStore();
    await contentLoader('articles').load(loaderContext(copy.root, store));
    const file = 'content/articles/the-2023-journey.mdx';
    const text = await copy.read(file);
    const article = entries.get('the-2023-journey');
    expect(article).toMatchObject({ filePath: file, deferredRender: true });
    expect(article?.body).toBe(text.slice(text.indexOf('\n---', 3) + 4).trim());
    expect(moduleImports).toContain(file);
  });

  it('replaces an entry kept from an earlier build whose fields differ, though its file did not change', async () => {
    copy = await createContentCopy('fixture');
    const { store, entries } = fakeStore();
    // As an earlier schema would have left it, with the digest of the file's text (as Astro's glob loader takes it).
    store.set({
      id: 'khasan',
      data: { name: 'Khasan' },
      filePath: 'content/places/khasan.yaml',
      digest: digestOf(await copy.read('content/places/khasan.yaml')),
    });
    await contentLoader('places').load(loaderContext(copy.root, store));
    expect(entries.get('khasan')?.data).toHaveProperty('latitude');
  });

  it('removes the entry of a file that is gone', async () => {
    copy = await createContentCopy('fixture');
    const { store, entries } = fakeStore();
    await contentLoader('facts').load(loaderContext(copy.root, store));
    expect(entries.has('convoy')).toBe(true);
    await copy.delete('content/facts/convoy.yaml');
    await contentLoader('facts').load(loaderContext(copy.root, store));
    expect(entries.has('convoy')).toBe(false);
    expect(entries.has('carriages')).toBe(true);
  });

  it('stops a build with the problems in the words of npm run validate', async () => {
    copy = await createContentCopy('fixture');
    await copy.edit('content/places/khasan.yaml', (text) => text.replace(/^latitude: .*$/m, 'latitude: 95'));
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exited');
    });
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(contentLoader('places').load(loaderContext(copy.root, fakeStore().store))).rejects.toThrow('exited');
    expect(exit).toHaveBeenCalledWith(1);
    const output = printed.mock.calls.flat().join('\n');
    expect(output).toContain('nothing was built');
    expect(output).toContain('✗ content/places/khasan.yaml');
    expect(output).toContain('field:    latitude');
  });

  it('in astro dev, keeps the last good entry of a file with a problem, and stores it again once fixed', async () => {
    copy = await createContentCopy('fixture');
    const exit = vi.spyOn(process, 'exit');
    const { store, entries, offered } = fakeStore();
    const { watcher, emit } = fakeWatcher();
    await contentLoader('places').load(loaderContext(copy.root, store, watcher));
    const before = entries.get('khasan')?.data;
    const places = entries.size;

    const file = 'content/places/khasan.yaml';
    const good = await copy.read(file);
    await copy.write(file, good.replace(/^latitude: .*$/m, 'latitude: 95'));
    const offeredBefore = offered.length;
    emit('change', `${copy.root}/${file}`);
    // The read is done once every other place has been offered to the store again.
    await vi.waitFor(() => expect(offered.length - offeredBefore).toBe(places - 1), { timeout: 15_000 });
    expect(offered.slice(offeredBefore)).not.toContain('khasan');
    expect(entries.get('khasan')?.data).toBe(before);
    expect(exit).not.toHaveBeenCalled();

    await copy.write(file, good.replace(/^latitude: .*$/m, 'latitude: 42.5'));
    emit('change', `${copy.root}/${file}`);
    await vi.waitFor(() => expect(entries.get('khasan')?.data).toMatchObject({ latitude: 42.5 }), {
      timeout: 15_000,
    });
  });
});
