/**
 * Checks for content/routes/ that a schema cannot express: a branch leaves from an
 * earlier stop, a figure is measured between the route's own stops, and each figure's
 * words are really in the passage it cites, so a figure shown beside the map is always
 * the source's own. Whether the ids exist is checked with every other reference.
 */
import type { ContentProblem } from '../contentProblem.ts';
import type { RouteData } from '../schemas.ts';
import { normaliseForComparison } from '../../text/normaliseText.ts';

interface LoadedRoute {
  file: string;
  data: RouteData | undefined;
}

export function checkRoutes(
  routes: ReadonlyArray<LoadedRoute>,
  passageQuotes: ReadonlyMap<string, string>,
  problems: ContentProblem[],
): void {
  for (const { file, data } of routes) {
    if (!data) continue;
    data.stops.forEach((stop, index) => {
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
