/**
 * The loader of every collection of the site, through Astro's public Content Loader API:
 * it stores the entries of the content read (readContent.ts), so the site is built from
 * exactly the fields `npm run validate` checked, read once.
 *
 * In a build (and `astro sync`), a read with problems stops at once with the problems in
 * the words of `npm run validate`: thrown, they would be shown as a crash with a stack trace.
 * In `astro dev` the preview keeps running: the entries that read are stored, the others
 * keep their last good version, and the dev check (src/integrations/contentValidation.ts)
 * shows the problems on every page until they are fixed.
 */
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { collectionEntries, type StoredEntry } from './collectionEntries.ts';
import { buildReport } from './contentReport.ts';
import { readContent } from './readContent.ts';
import type { ContentRead } from './validateContent.ts';

/** Reads already reported in this process: every collection's loader gets the same read. */
const reported = new WeakSet<ContentRead>();

function reportOnce(read: ContentRead, logger: LoaderContext['logger']): void {
  if (reported.has(read)) return;
  reported.add(read);
  if (read.problems.length > 0) {
    console.error(`\n${buildReport(read)}`);
    process.exit(1);
  }
  logger.info(buildReport(read));
}

function storeEntry(entry: StoredEntry, { store, generateDigest }: LoaderContext): void {
  // The digest is taken from what is stored, not from the file: an entry is replaced when
  // its fields after the schema change, whether the file or a schema changed them. So the
  // store Astro keeps between builds (.astro/cache/data-store.json) never serves an entry
  // shaped by an earlier schema, and need not be deleted before a build.
  const digest = generateDigest({ data: entry.data, body: entry.body ?? null, filePath: entry.filePath });
  // An article is compiled by @astrojs/mdx when a page renders it (render(entry)).
  const deferredRender = entry.body !== undefined;
  const changed = store.set({ ...entry, digest, ...(deferredRender ? { deferredRender } : {}) });
  // An unchanged entry is kept as it was; its module is still needed to render it.
  if (!changed && deferredRender) store.addModuleImport(entry.filePath);
}

export function contentLoader(collection: string): Loader {
  return {
    name: 'content-files',
    async load(context) {
      const { config, logger, store, watcher } = context;
      const root = fileURLToPath(config.root);
      const contentDir = join(root, 'content');

      const sync = async () => {
        const read = await readContent({ root });
        if (watcher === undefined) reportOnce(read, logger);
        const ids = new Set<string>();
        for (const entry of collectionEntries(read.entries, collection)) {
          ids.add(entry.id);
          storeEntry(entry, context);
        }
        // Only a read without problems says which entries are gone: a file that cannot be
        // read while an editor is at work keeps its entry until it reads again.
        if (read.problems.length > 0) return;
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      await sync();

      if (watcher === undefined) return;
      // One sync at a time, in the order of the saves, so an earlier read never lands last.
      let queue = Promise.resolve();
      const resync = (path: string) => {
        if (!path.startsWith(contentDir + sep)) return;
        queue = queue.then(sync).catch((error: unknown) => {
          logger.error(`Could not reload content/: ${error instanceof Error ? error.message : String(error)}`);
        });
      };
      watcher.add(contentDir);
      watcher.on('change', resync);
      watcher.on('add', resync);
      watcher.on('unlink', resync);
    },
  };
}
