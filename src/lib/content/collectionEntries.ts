/**
 * The entries of one collection as the site stores them, taken from the content read: a
 * file's fields after its schema, its id (the file name, or the field that gives it), its
 * path and, for an article, its text. Entries listed inside a file (a source's passages)
 * form a collection of their own, each with the id of the file that lists it; so do the
 * notes of each MDX text (TEXT_NOTES).
 */
import { TEXT_NOTES } from './contentCollections.ts';
import { entryId, type ContentEntry } from './contentEntry.ts';

export interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  /** Relative to the project root, with "/": content/places/khasan.yaml. */
  filePath: string;
  /** For MDX: the text after the block of fields. */
  body?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Entries whose fields broke the schema (data undefined) or give no id are left out. */
export function collectionEntries(entries: readonly ContentEntry[], collection: string): StoredEntry[] {
  const stored: StoredEntry[] = [];
  for (const entry of entries) {
    const { spec, data, file } = entry;
    const id = entryId(entry);
    if (data === undefined || id === undefined) continue;
    if (spec.name === collection) {
      stored.push({ id, data, filePath: file, ...(entry.body === undefined ? {} : { body: entry.body }) });
    }
    if (collection === TEXT_NOTES && entry.mdx !== undefined) {
      stored.push({ id: `${spec.name}/${id}`, data: { notes: entry.mdx.notes }, filePath: file });
    }
    const listed = spec.listed;
    if (listed?.collection !== collection) continue;
    const items = data[listed.field];
    for (const item of Array.isArray(items) ? items : []) {
      const itemId: unknown = isRecord(item) ? item[listed.idField] : undefined;
      if (!isRecord(item) || typeof itemId !== 'string') continue;
      stored.push({ id: itemId, data: { ...item, [listed.parentField]: id }, filePath: file });
    }
  }
  return stored;
}
