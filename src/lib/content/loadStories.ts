/**
 * Reads content/stories/ and hands each story, with its stages drawn from its route, to the
 * story page as plain data. The only place the stories touch astro:content.
 */
import { getCollection, getEntry } from 'astro:content';
import { loadRouteGeometry } from './loadRouteMap.ts';
import { buildStoryStages, type StoryStage } from '../story/storyModel.ts';
import type { DayDate } from '../dates/partialDate.ts';

export interface StoryStageText {
  text: string;
  citations: string[];
  corrections: string[];
}

export interface LoadedStory {
  id: string;
  trip: { slug: string; title: string };
  article?: { id: string; title: string } | undefined;
  /** Where the route's line comes from (the route's provenance): the distances are measured on it. */
  routeNote?: string | undefined;
  title: string;
  description: string;
  published: DayDate;
  stages: Array<StoryStage & StoryStageText>;
}

export async function loadStories(): Promise<LoadedStory[]> {
  const entries = await getCollection('stories');
  return Promise.all(
    entries.map(async (entry) => {
      const { data } = entry;
      const trip = await getEntry('trips', data.trip);
      if (!trip)
        throw new Error(`The story ${entry.id} tells the trip "${data.trip}", which is not in content/trips/.`);
      const article = data.article === undefined ? undefined : await getEntry('articles', data.article);
      const { geometry, places } = await loadRouteGeometry(data.route);
      const route = await getEntry('routes', data.route);
      const stages = buildStoryStages(geometry, places, data.stages);
      return {
        id: entry.id,
        trip: { slug: trip.data.slug, title: trip.data.title },
        article: article && { id: article.id, title: article.data.title },
        routeNote: route?.data.provenance,
        title: data.title,
        description: data.description,
        published: data.published,
        stages: stages.map((stage, index) => ({
          ...stage,
          text: data.stages[index]!.text,
          citations: data.stages[index]!.citations,
          corrections: data.stages[index]!.corrections,
        })),
      };
    }),
  );
}
