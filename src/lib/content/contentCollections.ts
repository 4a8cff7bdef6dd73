/**
 * What the stand-alone validator needs to know about each collection: where its files
 * are, which schema they follow, how other files refer to an entry, and which of its
 * dates must not lie in the future. A new collection is one more entry here (and one in
 * src/content.config.ts); the generic checks then apply to it without further code.
 */
import { z } from 'astro/zod';
import {
  articleSchema,
  correctionSchema,
  factSchema,
  placeSchema,
  routeSchema,
  sourceSchema,
  storySchema,
  tripSchema,
  type ReferenceFactory,
} from './schemas.ts';
import type { ReferenceMeta } from './schemaWalk.ts';

export interface CollectionSpec {
  /** The collection name, as in src/content.config.ts and in reference('…'). */
  name: string;
  /** Folder under content/. */
  folder: string;
  format: 'yaml' | 'mdx';
  schema: z.ZodType;
  /**
   * How other files refer to an entry: by its file name without the extension, or by a
   * field (as Astro's glob loader does when a file has a `slug`).
   */
  idFrom: 'file name' | { field: string };
  /** How an editor would name the id, for messages: "the id of a place". */
  idLabel: string;
  /** Entries listed inside each file that other files can refer to, such as a source's passages. */
  listed?: { collection: string; field: string; idField: string; idLabel: string };
  /** Top-level date fields that may not lie in the future (unless the entry is `planned: true`). */
  pastDates: string[];
}

/**
 * References as the validator reads them: plain text ids, tagged with the collection they
 * point into so the reference check can find them in any schema.
 */
export const idReference: ReferenceFactory<z.ZodString> = (collection) =>
  z
    .string({ error: 'Write the id as plain text.' })
    .min(1, 'The id is empty.')
    .meta({ references: collection } satisfies ReferenceMeta);

export const COLLECTIONS: CollectionSpec[] = [
  {
    name: 'places',
    folder: 'places',
    format: 'yaml',
    schema: placeSchema(),
    idFrom: 'file name',
    idLabel: 'the id of a place in content/places/ (the file name without .yaml)',
    pastDates: [],
  },
  {
    name: 'sources',
    folder: 'sources',
    format: 'yaml',
    schema: sourceSchema(),
    idFrom: 'file name',
    idLabel: 'the id of a source in content/sources/ (the file name without .yaml)',
    listed: {
      collection: 'passages',
      field: 'passages',
      idField: 'id',
      idLabel: 'the id of a passage listed in a file in content/sources/',
    },
    pastDates: ['date'],
  },
  {
    name: 'trips',
    folder: 'trips',
    format: 'yaml',
    schema: tripSchema(idReference),
    idFrom: { field: 'slug' },
    idLabel: 'the slug of a trip in content/trips/',
    pastDates: ['start', 'end'],
  },
  {
    name: 'articles',
    folder: 'articles',
    format: 'mdx',
    schema: articleSchema(idReference),
    idFrom: 'file name',
    idLabel: 'the id of an article in content/articles/ (the file name without .mdx)',
    pastDates: ['published', 'updated', 'reportingAsOf'],
  },
  {
    name: 'routes',
    folder: 'routes',
    format: 'yaml',
    schema: routeSchema(idReference),
    idFrom: 'file name',
    idLabel: 'the id of a route in content/routes/ (the file name without .yaml)',
    pastDates: [],
  },
  {
    name: 'corrections',
    folder: 'corrections',
    format: 'yaml',
    schema: correctionSchema(idReference),
    idFrom: 'file name',
    idLabel: 'the id of a correction in content/corrections/ (the file name without .yaml)',
    pastDates: [],
  },
  {
    name: 'facts',
    folder: 'facts',
    format: 'yaml',
    schema: factSchema(idReference),
    idFrom: 'file name',
    idLabel: 'the id of a key fact in content/facts/ (the file name without .yaml)',
    pastDates: [],
  },
  {
    name: 'stories',
    folder: 'stories',
    format: 'yaml',
    schema: storySchema(idReference),
    idFrom: 'file name',
    idLabel: 'the id of a story in content/stories/ (the file name without .yaml)',
    pastDates: ['published'],
  },
];
