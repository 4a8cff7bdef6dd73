/**
 * Every collection of the site, loaded from the top-level content/ folder.
 * The field rules live in src/lib/content/schemas/ so the stand-alone validator
 * (npm run validate) applies exactly the same ones.
 */
import { defineCollection, reference } from 'astro:content';
import {
  articleSchema,
  correctionSchema,
  factSchema,
  passageSchema,
  placeSchema,
  routeSchema,
  sourceSchema,
  storySchema,
  tripSchema,
} from './lib/content/schemas.ts';
import { passageLoader } from './lib/content/passageLoader.ts';
import { strictGlob } from './lib/content/strictGlob.ts';

const articles = defineCollection({
  loader: strictGlob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: articleSchema(reference),
});

const trips = defineCollection({
  loader: strictGlob({ pattern: '**/*.yaml', base: './content/trips' }),
  schema: tripSchema(reference),
});

const places = defineCollection({
  loader: strictGlob({ pattern: '**/*.yaml', base: './content/places' }),
  schema: placeSchema(),
});

const routes = defineCollection({
  loader: strictGlob({ pattern: '**/*.yaml', base: './content/routes' }),
  schema: routeSchema(reference),
});

const sources = defineCollection({
  loader: strictGlob({ pattern: '**/*.yaml', base: './content/sources' }),
  schema: sourceSchema(),
});

const passages = defineCollection({
  loader: passageLoader('./content/sources'),
  schema: passageSchema.extend({ source: reference('sources') }),
});

const corrections = defineCollection({
  loader: strictGlob({ pattern: '**/*.yaml', base: './content/corrections' }),
  schema: correctionSchema(reference),
});

const facts = defineCollection({
  loader: strictGlob({ pattern: '**/*.yaml', base: './content/facts' }),
  schema: factSchema(reference),
});

const stories = defineCollection({
  loader: strictGlob({ pattern: '**/*.yaml', base: './content/stories' }),
  schema: storySchema(reference),
});

export const collections = { articles, trips, places, routes, sources, passages, corrections, facts, stories };
