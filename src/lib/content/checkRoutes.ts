/**
 * Cross-file checks for content/routes/: every stop and figure end is a known place,
 * every passage exists, and each figure's words are really in the passage it cites,
 * so a figure shown beside the map is always the source's own.
 */
import type { ContentProblem } from './validateContent.ts';
import type { RouteData } from './schemas.ts';
import { normaliseForComparison } from '../text/normaliseText.ts';

interface LoadedRoute {
  file: string;
  data: RouteData | undefined;
}

export function checkRoutes(
  routes: ReadonlyArray<LoadedRoute>,
  placeIds: ReadonlySet<string>,
  passageQuotes: ReadonlyMap<string, string>,
  problems: ContentProblem[],
): void {
  const placeList = [...placeIds].sort().join(', ');
  for (const { file, data } of routes) {
    if (!data) continue;
    const unknownPlace = (field: string, id: string): void => {
      if (!placeIds.has(id)) {
        problems.push({
          file,
          field,
          found: id,
          expected: `The id of a place in content/places/ (one of: ${placeList}).`,
        });
      }
    };
    const unknownPassage = (field: string, id: string | undefined): void => {
      if (id !== undefined && !passageQuotes.has(id)) {
        problems.push({
          file,
          field,
          found: id,
          expected: 'The id of a passage listed in a file in content/sources/.',
        });
      }
    };
    data.citations.forEach((id, index) => unknownPassage(`citations.${index}`, id));
    data.stops.forEach((stop, index) => {
      unknownPlace(`stops.${index}.place`, stop.place);
      unknownPassage(`stops.${index}.passage`, stop.passage);
      const earlier = data.stops.slice(0, index).map((previous) => previous.place);
      if (stop.branchFrom !== undefined && !earlier.includes(stop.branchFrom)) {
        problems.push({
          file,
          field: `stops.${index}.branchFrom`,
          found: stop.branchFrom,
          expected: `A stop listed before this one: ${earlier.join(', ') || '(none)'}.`,
        });
      }
    });
    const stopIds = new Set(data.stops.map((stop) => stop.place));
    data.figures.forEach((figure, index) => {
      unknownPassage(`figures.${index}.passage`, figure.passage);
      for (const end of ['from', 'to'] as const) {
        if (!stopIds.has(figure[end])) {
          problems.push({
            file,
            field: `figures.${index}.${end}`,
            found: figure[end],
            expected: `One of the route's own stops: ${[...stopIds].join(', ')}.`,
          });
        }
      }
      const quote = passageQuotes.get(figure.passage);
      if (quote !== undefined && !normaliseForComparison(quote).includes(normaliseForComparison(figure.words))) {
        problems.push({
          file,
          field: `figures.${index}.words`,
          found: figure.words,
          expected: `Words copied exactly from the passage "${figure.passage}".`,
        });
      }
    });
  }
}
