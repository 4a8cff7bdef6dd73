/**
 * Loads every passage listed inside the source files as an entry of its own, so that
 * articles and trips can cite a passage by id with `reference('passages')`.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readYaml } from './readYaml.ts';

export function passageLoader(sourcesDir: string): Loader {
  return {
    name: 'passage-loader',
    async load({ store, parseData, watcher }) {
      const files = (await readdir(sourcesDir)).filter((name) => name.endsWith('.yaml')).sort();
      store.clear();
      for (const file of files) {
        const sourceId = file.replace(/\.yaml$/, '');
        const parsed = readYaml(await readFile(join(sourcesDir, file), 'utf8')) as { passages?: unknown } | null;
        const passages = Array.isArray(parsed?.passages) ? parsed.passages : [];
        for (const raw of passages as Array<Record<string, unknown>>) {
          const id = String(raw['id'] ?? '');
          if (!id) continue;
          const data = await parseData({ id, data: { ...raw, source: sourceId } });
          store.set({ id, data, filePath: join(sourcesDir, file) });
        }
      }
      watcher?.add(sourcesDir);
    },
  };
}
