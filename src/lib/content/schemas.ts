/**
 * The shape of every file under content/, written for the editors who fill them in.
 *
 * Each field carries a description and, where an editor can go wrong, a message that
 * says what to write instead. The schemas are built by functions that take the way a
 * cross-reference is expressed: Astro's `reference()` inside the site build, a plain
 * id string in the stand-alone validator (which then checks the ids itself, because
 * Astro only logs an unknown reference and still exits 0).
 */
import type { z } from 'astro/zod';
import type { articleSchema } from './schemas/article.ts';
import type { correctionSchema } from './schemas/correction.ts';
import type { factSchema } from './schemas/fact.ts';
import type { placeSchema } from './schemas/place.ts';
import type { routeSchema } from './schemas/route.ts';
import type { passageSchema, sourceSchema } from './schemas/source.ts';
import type { storySchema } from './schemas/story.ts';
import type { pageSchema } from './schemas/page.ts';
import type { tripSchema } from './schemas/trip.ts';

export * from './schemas/fields.ts';
export * from './schemas/article.ts';
export * from './schemas/trip.ts';
export * from './schemas/place.ts';
export * from './schemas/route.ts';
export * from './schemas/source.ts';
export * from './schemas/correction.ts';
export * from './schemas/fact.ts';
export * from './schemas/story.ts';
export * from './schemas/page.ts';

export type ArticleData = z.output<ReturnType<typeof articleSchema<z.ZodString>>>;
export type TripData = z.output<ReturnType<typeof tripSchema<z.ZodString>>>;
export type PlaceData = z.output<ReturnType<typeof placeSchema>>;
export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
export type FactData = z.output<ReturnType<typeof factSchema<z.ZodString>>>;
export type PassageData = z.output<typeof passageSchema>;
export type RouteData = z.output<ReturnType<typeof routeSchema<z.ZodString>>>;
export type StoryData = z.output<ReturnType<typeof storySchema<z.ZodString>>>;
export type CorrectionData = z.output<ReturnType<typeof correctionSchema<z.ZodString>>>;
export type PageData = z.output<ReturnType<typeof pageSchema<z.ZodString>>>;
export type ChangeData = ArticleData['changes'][number];
