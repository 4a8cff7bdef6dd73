/**
 * The one declaration of the site's collections: where each one's files are, which schema
 * they follow, how other files refer to an entry, and which of its dates must not lie in the
 * future. The content read (readContent.ts) checks and loads every collection from it, and
 * src/content.config.ts gives Astro the same schema objects for the entries' types, so a new
 * collection is one more entry here; the generic checks then apply to it without further code.
 */
import { z } from 'astro/zod';
import {
  articleSchema,
  correctionSchema,
  factSchema,
  placeSchema,
  leaderSchema,
  routeSchema,
  sourceSchema,
  storySchema,
  pageSchema,
  tripSchema,
  passageSchema,
  idReference,
} from './schemas.ts';

export interface CollectionDeclaration {
  format: 'yaml' | 'mdx';
  schema: z.ZodType;
  /**
   * How other files refer to an entry, and its id in the site's collection: its file name
   * without the extension, or a field (a trip's `slug`, its permanent address).
   */
  idFrom: 'file name' | { field: string };
  /** How an editor would name the id, for messages: "the id of a place". */
  idLabel: string;
  /**
   * Entries listed inside each file that other files can refer to, such as a source's
   * passages: a collection of their own, each entry with the id of the file that lists it
   * in `parentField`.
   */
  listed?: { collection: string; field: string; idField: string; idLabel: string; parentField: string };
  /** Top-level date fields that may not lie in the future (unless the entry is `planned: true`). */
  pastDates: string[];
}

export interface CollectionSpec extends CollectionDeclaration {
  /** The collection name, as in getCollection('…'). */
  name: string;
  /** Its folder under content/, which is named after it. */
  folder: string;
}

/**
 * Every collection of the site, declared once, each with the one schema object that checks
 * its files and types its entries.
 */
export const DECLARED_COLLECTIONS = {
  places: {
    format: 'yaml',
    schema: placeSchema(),
    idFrom: 'file name',
    idLabel: 'the id of a place in content/places/ (the file name without .yaml)',
    pastDates: [],
  },
  leaders: {
    format: 'yaml',
    schema: leaderSchema(),
    idFrom: 'file name',
    idLabel: 'the id of a leader in content/leaders/ (the file name without .yaml)',
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
      parentField: 'source',
    },
    pastDates: ['date'],
  },
  trips: {
    format: 'yaml',
    schema: tripSchema(),
    idFrom: { field: 'slug' },
    idLabel: 'the slug of a trip in content/trips/',
    pastDates: ['start', 'end'],
  },
  articles: {
    format: 'mdx',
    schema: articleSchema(),
    idFrom: 'file name',
    idLabel: 'the id of an article in content/articles/ (the file name without .mdx)',
    pastDates: ['published', 'updated', 'reportingAsOf'],
  },
  routes: {
    format: 'yaml',
    schema: routeSchema(),
    idFrom: 'file name',
    idLabel: 'the id of a route in content/routes/ (the file name without .yaml)',
    pastDates: [],
  },
  corrections: {
    format: 'yaml',
    schema: correctionSchema(),
    idFrom: 'file name',
    idLabel: 'the id of a correction in content/corrections/ (the file name without .yaml)',
    pastDates: ['date'],
  },
  facts: {
    format: 'yaml',
    schema: factSchema(),
    idFrom: 'file name',
    idLabel: 'the id of a key fact in content/facts/ (the file name without .yaml)',
    pastDates: [],
  },
  stories: {
    format: 'yaml',
    schema: storySchema(),
    idFrom: 'file name',
    idLabel: 'the id of a story in content/stories/ (the file name without .yaml)',
    pastDates: ['published'],
  },
  pages: {
    format: 'mdx',
    schema: pageSchema(),
    idFrom: 'file name',
    idLabel: 'the id of a page in content/pages/ (the file name without .mdx: home or about)',
    pastDates: ['published', 'updated', 'reportingAsOf'],
  },
} satisfies Record<string, CollectionDeclaration>;

export type CollectionName = keyof typeof DECLARED_COLLECTIONS;

/** A passage as an entry of its own, so a page can look it up by id: its fields, and its source's id. */
export const passageEntrySchema = passageSchema.extend({ source: idReference('sources') });

/**
 * The collection that holds, for each MDX text (an article, a page of content/pages/), its
 * <Cite> and <Correction> tags in reading order, by `<collection>/<id>`: read from the syntax
 * tree the content check made, so the page numbers its notes from the text that was checked
 * without reading it again.
 */
export const TEXT_NOTES = 'textNotes';

export const textNotesSchema = z.object({
  notes: z.array(
    z.object({
      tag: z.enum(['Cite', 'Correction']),
      id: z.string(),
      /** The heading the tag sits under, counted from 0 in reading order; -1 before the first. */
      heading: z.number().int(),
    }),
  ),
});

/** The collections as the validator reads them, in the order it checks them. */
export const COLLECTIONS: CollectionSpec[] = Object.entries(DECLARED_COLLECTIONS).map(([name, declaration]) => ({
  name,
  folder: name,
  ...declaration,
}));
