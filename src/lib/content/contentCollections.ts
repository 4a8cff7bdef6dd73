/**
 * The one declaration of the site's collections: where each one's files are, which schema
 * they follow, how other files refer to an entry, and which of its dates must not lie in the
 * future. src/content.config.ts builds Astro's collections from it and the stand-alone
 * validator (npm run validate) reads it, so a new collection is one more entry here; the
 * generic checks then apply to it without further code.
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
  pageSchema,
  tripSchema,
  type ReferenceFactory,
} from './schemas.ts';
import type { ReferenceMeta } from './schemaWalk.ts';

export interface CollectionDeclaration {
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

export interface CollectionSpec extends CollectionDeclaration {
  /** The collection name, as in reference('…'). */
  name: string;
  /** Its folder under content/, which is named after it. */
  folder: string;
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

/**
 * Every collection of the site, declared once. Astro's content config builds its collections
 * from this with Astro's reference(); the stand-alone validator builds its list from it with
 * plain-text ids (idReference), so the two can never disagree on a folder or a schema.
 */
export function declareCollections<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return {
    places: {
      format: 'yaml',
      schema: placeSchema(),
      idFrom: 'file name',
      idLabel: 'the id of a place in content/places/ (the file name without .yaml)',
      pastDates: [],
    },
    sources: {
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
    trips: {
      format: 'yaml',
      schema: tripSchema(ref),
      idFrom: { field: 'slug' },
      idLabel: 'the slug of a trip in content/trips/',
      pastDates: ['start', 'end'],
    },
    articles: {
      format: 'mdx',
      schema: articleSchema(ref),
      idFrom: 'file name',
      idLabel: 'the id of an article in content/articles/ (the file name without .mdx)',
      pastDates: ['published', 'updated', 'reportingAsOf'],
    },
    routes: {
      format: 'yaml',
      schema: routeSchema(ref),
      idFrom: 'file name',
      idLabel: 'the id of a route in content/routes/ (the file name without .yaml)',
      pastDates: [],
    },
    corrections: {
      format: 'yaml',
      schema: correctionSchema(ref),
      idFrom: 'file name',
      idLabel: 'the id of a correction in content/corrections/ (the file name without .yaml)',
      pastDates: ['date'],
    },
    facts: {
      format: 'yaml',
      schema: factSchema(ref),
      idFrom: 'file name',
      idLabel: 'the id of a key fact in content/facts/ (the file name without .yaml)',
      pastDates: [],
    },
    stories: {
      format: 'yaml',
      schema: storySchema(ref),
      idFrom: 'file name',
      idLabel: 'the id of a story in content/stories/ (the file name without .yaml)',
      pastDates: ['published'],
    },
    pages: {
      format: 'mdx',
      schema: pageSchema(ref),
      idFrom: 'file name',
      idLabel: 'the id of a page in content/pages/ (the file name without .mdx: home or about)',
      pastDates: ['published', 'updated', 'reportingAsOf'],
    },
  } satisfies Record<string, CollectionDeclaration>;
}

/** The collections as the validator reads them, in the order it checks them. */
export const COLLECTIONS: CollectionSpec[] = Object.entries(declareCollections(idReference)).map(
  ([name, declaration]) => ({ name, folder: name, ...declaration }),
);
