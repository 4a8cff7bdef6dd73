/**
 * The shape of every file under content/, written for the editors who fill them in.
 *
 * Each field carries a description and, where an editor can go wrong, a message that
 * says what to write instead. A cross-reference is the other entry's id as plain text
 * (schemas/idReference.ts): the content check makes sure it names an entry that exists,
 * and the pages look the entry up by collection and id.
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
import type { leaderSchema } from './schemas/leader.ts';

export * from './schemas/fields.ts';
export * from './schemas/idReference.ts';
export * from './schemas/article.ts';
export * from './schemas/trip.ts';
export * from './schemas/place.ts';
export * from './schemas/leader.ts';
export * from './schemas/route.ts';
export * from './schemas/source.ts';
export * from './schemas/correction.ts';
export * from './schemas/fact.ts';
export * from './schemas/story.ts';
export * from './schemas/page.ts';

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
export type TripData = z.output<ReturnType<typeof tripSchema>>;
export type PlaceData = z.output<ReturnType<typeof placeSchema>>;
export type LeaderData = z.output<ReturnType<typeof leaderSchema>>;
export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
export type FactData = z.output<ReturnType<typeof factSchema>>;
export type PassageData = z.output<typeof passageSchema>;
export type RouteData = z.output<ReturnType<typeof routeSchema>>;
export type StoryData = z.output<ReturnType<typeof storySchema>>;
export type CorrectionData = z.output<ReturnType<typeof correctionSchema>>;
export type PageData = z.output<ReturnType<typeof pageSchema>>;
export type ChangeData = ArticleData['changes'][number];
