/**
 * Ids that other files refer to: every entry's id must be usable in an address and used
 * by one file only, and every reference must name an entry that exists.
 */
import { SLUG_PATTERN } from '../schemas.ts';
import { COLLECTIONS } from '../contentCollections.ts';
import { entryId, type ContentEntry } from '../contentEntry.ts';
import { fieldName, type ContentProblem } from '../contentProblem.ts';
import { hasPlaceholder } from '../placeholders.ts';
import { findReferences, type FieldPath } from '../schemaWalk.ts';
import { didYouMean } from '../../text/closestMatch.ts';

/** For each collection, its ids and the file that defines each. */
export type IdIndex = Map<string, Map<string, string>>;

const LISTED_UP_TO = 12;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function register(index: IdIndex, collection: string): Map<string, string> {
  let ids = index.get(collection);
  if (ids === undefined) {
    ids = new Map();
    index.set(collection, ids);
  }
  return ids;
}

/** Builds the index from the fields as written, so that one wrong field elsewhere in a file does not hide its id. */
export function indexIds(entries: ContentEntry[], problems: ContentProblem[]): IdIndex {
  const index: IdIndex = new Map(COLLECTIONS.map((spec) => [spec.name, new Map<string, string>()]));
  for (const entry of entries) {
    const { spec, file } = entry;
    if (spec.idFrom === 'file name' && !entry.fileId.split('/').every((part) => SLUG_PATTERN.test(part))) {
      problems.push({
        file,
        field: '(file name)',
        found: entry.fileId,
        expected: `A file name of lower-case letters, digits and single hyphens, such as "ussuriysk${spec.format === 'yaml' ? '.yaml' : '.mdx'}": other files use it as ${spec.idLabel}.`,
      });
    }
    const id = entryId(entry);
    if (id !== undefined) {
      const ids = register(index, spec.name);
      const earlier = ids.get(id);
      if (earlier !== undefined) {
        problems.push({
          file,
          field: spec.idFrom === 'file name' ? '(file name)' : spec.idFrom.field,
          found: id,
          expected: `An id used by no other file: ${earlier} already uses "${id}".`,
        });
      } else ids.set(id, file);
    }
    const listed = spec.listed;
    const items = listed === undefined ? undefined : entry.raw[listed.field];
    if (listed === undefined || !Array.isArray(items)) continue;
    const ids = register(index, listed.collection);
    items.forEach((item: unknown, position) => {
      const listedId = (item as Record<string, unknown> | null)?.[listed.idField];
      if (typeof listedId !== 'string') return;
      const owner = ids.get(listedId);
      if (owner !== undefined) {
        problems.push({
          file,
          field: `${listed.field}.${position}.${listed.idField}`,
          found: listedId,
          expected: `An id used nowhere else: "${listedId}" is already used in ${owner}.`,
        });
      } else ids.set(listedId, file);
    });
  }
  return index;
}

function labelOf(collection: string): string {
  for (const spec of COLLECTIONS) {
    if (spec.name === collection) return spec.idLabel;
    if (spec.listed?.collection === collection) return spec.listed.idLabel;
  }
  return `the id of an entry in content/${collection}/`;
}

/** The message for a reference to an id that does not exist. */
export function unknownReferenceMessage(index: IdIndex, collection: string, id: string): string {
  const known = [...(index.get(collection)?.keys() ?? [])].sort();
  const list = known.length > 0 && known.length <= LISTED_UP_TO ? ` One of: ${known.join(', ')}.` : '';
  return `${capitalise(labelOf(collection))}.${didYouMean(id, known)}${list}`;
}

export function checkReference(
  index: IdIndex,
  collection: string,
  id: string,
  file: string,
  field: string,
  problems: ContentProblem[],
): void {
  if (hasPlaceholder(id) || index.get(collection)?.has(id)) return;
  problems.push({ file, field, found: id, expected: unknownReferenceMessage(index, collection, id) });
}

/** Every reference in a file's fields points at an entry that exists. */
export function checkReferences(entry: ContentEntry, index: IdIndex, problems: ContentProblem[]): void {
  // The fields as written still hold their references when another field is wrong, so
  // an editor sees every problem of the file in one run.
  for (const reference of findReferences(entry.spec.schema, entry.data ?? entry.raw)) {
    checkReference(
      index,
      reference.collection,
      reference.id,
      entry.file,
      fieldName(reference.path as FieldPath),
      problems,
    );
  }
}
