/**
 * Checks for content/stories/ that a schema cannot express: every stage runs between stops
 * of the story's route (the map slices its line from that route), each stage starts where
 * the one before it left the train, the stages come in the order they happened, a stage id
 * is used once (it is the stage's address), and a trip is told by one story at most (the
 * story's address is the trip's). Whether the ids exist is checked with every other reference.
 */
import type { ContentProblem } from '../contentProblem.ts';
import type { RouteData, StoryData } from '../schemas.ts';
import { isOrderedRange } from '../../dates/partialDate.ts';

interface LoadedStory {
  file: string;
  data: StoryData | undefined;
}

export function checkStories(
  stories: ReadonlyArray<LoadedStory>,
  routes: ReadonlyMap<string, RouteData | undefined>,
  /** The place ids that exist: an unknown one is reported once, by the reference check. */
  places: ReadonlySet<string>,
  problems: ContentProblem[],
): void {
  const tellers = new Map<string, string>();
  for (const { file, data } of stories) {
    if (!data) continue;
    const teller = tellers.get(data.trip);
    if (teller !== undefined) {
      problems.push({
        file,
        field: 'trip',
        found: data.trip,
        expected: `A trip no other story tells: ${teller} already tells "${data.trip}", and a trip has one day-by-day page.`,
      });
    } else tellers.set(data.trip, file);

    const route = routes.get(data.route);
    const stops = route?.stops.map((stop) => stop.place);
    const seen = new Map<string, number>();
    data.stages.forEach((stage, index) => {
      const field = `stages.${index}`;
      const earlier = seen.get(stage.id);
      if (earlier !== undefined) {
        problems.push({
          file,
          field: `${field}.id`,
          found: stage.id,
          expected: `An id no other stage uses: stage ${earlier + 1} is already "${stage.id}", and the id is the stage's address (#day-${stage.id}).`,
        });
      } else seen.set(stage.id, index);

      if (stops !== undefined) {
        for (const end of ['from', 'to'] as const) {
          if (stops.includes(stage[end]) || !places.has(stage[end])) continue;
          problems.push({
            file,
            field: `${field}.${end}`,
            found: stage[end],
            expected: `A stop on the route "${data.route}" (content/routes/${data.route}.yaml): ${stops.join(', ')}. Add the place to the route first if the train went there.`,
          });
        }
      }

      const before = data.stages[index - 1];
      if (!before) return;
      if (stage.from !== before.to) {
        problems.push({
          file,
          field: `${field}.from`,
          found: stage.from,
          expected: `"${before.to}", where the stage before ("${before.id}") leaves the train: a stage starts where the one before it ended.`,
        });
      }
      const previousEnd = before.end ?? before.start;
      if (!isOrderedRange(previousEnd, stage.start)) {
        problems.push({
          file,
          field: `${field}.start`,
          found: stage.start.iso,
          expected: `A date on or after ${previousEnd.iso}, when the stage before ("${before.id}") ends: list the stages in the order they happened.`,
        });
      }
    });
  }
}
