/**
 * Every collection of the site, loaded from the top-level content/ folder. The collections
 * are declared once, in src/lib/content/contentCollections.ts, so the stand-alone validator
 * (npm run validate) reads the same folders with the same schema objects.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { DECLARED_COLLECTIONS, passageEntrySchema } from './lib/content/contentCollections.ts';
import { passageLoader } from './lib/content/passageLoader.ts';
import { strictGlob } from './lib/content/strictGlob.ts';

/** Astro's collection for each declared one: its files under content/<name>/, its schema. */
function collectionsFromFiles<D extends Record<string, { format: string; schema: z.ZodType }>>(declarations: D) {
  const entries = Object.entries(declarations).map(([name, { format, schema }]) => [
    name,
    defineCollection({ loader: strictGlob({ pattern: `**/*.${format}`, base: `./content/${name}` }), schema }),
  ]);
  // Object.fromEntries forgets the names; the mapped type gives each collection its own schema back.
  return Object.fromEntries(entries) as { [Name in keyof D]: { loader: Loader; schema: D[Name]['schema'] } };
}

/** A source's passages are listed inside its file, so they have a loader of their own. */
const passages = defineCollection({ loader: passageLoader('./content/sources'), schema: passageEntrySchema });

export const collections = { ...collectionsFromFiles(DECLARED_COLLECTIONS), passages };
