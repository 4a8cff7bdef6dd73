/**
 * Every collection of the site, loaded from the top-level content/ folder by one loader
 * (src/lib/content/contentLoader.ts) from the one read that `npm run validate` checks. The
 * collections are declared in src/lib/content/contentCollections.ts; each schema object here
 * is the one the read checked the files with, given to Astro for the entries' types.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import {
  DECLARED_COLLECTIONS,
  TEXT_NOTES,
  passageEntrySchema,
  textNotesSchema,
} from './lib/content/contentCollections.ts';
import { contentLoader } from './lib/content/contentLoader.ts';

type Declared = typeof DECLARED_COLLECTIONS;

/** A collection for each declared one, with its schema. */
function collectionsFromFiles() {
  const entries = Object.entries(DECLARED_COLLECTIONS).map(([name, { schema }]) => [
    name,
    defineCollection({ loader: contentLoader(name), schema }),
  ]);
  // Object.fromEntries forgets the names; the mapped type gives each collection its own schema back.
  return Object.fromEntries(entries) as {
    [Name in keyof Declared]: { loader: Loader; schema: Declared[Name]['schema'] };
  };
}

/** A source's passages, listed inside its file, are a collection of their own. */
const passages = defineCollection({ loader: contentLoader('passages'), schema: passageEntrySchema });

/** The <Cite> and <Correction> tags of each article and page, in reading order, for numbering its notes. */
const textNotes = defineCollection({ loader: contentLoader(TEXT_NOTES), schema: textNotesSchema });

export const collections = { ...collectionsFromFiles(), passages, [TEXT_NOTES]: textNotes };
