/**
 * A reference from one content file to an entry of another collection, written as that
 * entry's id in plain text ("pyongyang", "kim-jong-un-vladivostok-2019"). The schema keeps
 * the id as text, so the pages look an entry up with getEntry(collection, id); the
 * collection rides along as metadata, which the reference check (checks/idChecks.ts) and
 * the JSON Schemas read to find every reference in any schema.
 */
import { z } from 'astro/zod';

export type ReferencedCollection =
  'leaders' | 'places' | 'trips' | 'passages' | 'sources' | 'routes' | 'corrections' | 'articles';

/** Metadata a reference schema carries so the validator can find the references in a file. */
export interface ReferenceMeta {
  references: ReferencedCollection;
}

export function idReference(collection: ReferencedCollection) {
  return z
    .string({ error: 'Write the id as plain text.' })
    .min(1, 'The id is empty.')
    .meta({ references: collection } satisfies ReferenceMeta);
}
