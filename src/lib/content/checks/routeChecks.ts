/**
 * Checks for content/routes/ that a schema cannot express: a branch leaves from an
 * earlier stop, a figure is measured between the route's own stops, each figure's
 * words are really in the passage it cites, so a figure shown beside the map is always
 * the source's own, and a leg with a published rail distance is drawn close to it.
 * Whether the ids exist is checked with every other reference.
 */
import type { ContentProblem } from '../contentProblem.ts';
import type { RouteData } from '../schemas.ts';
import { normaliseForComparison } from '../../text/normaliseText.ts';
import { LEG_LENGTH_TOLERANCE, describeLegLength, legsOffTheirRailDistance } from '../../geo/legLengthCheck.ts';
import type { PlaceForMap } from '../../geo/routeGeometry.ts';

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

/**
 * Each leg with a `rail` distance must be drawn within 15 % of it. Routes naming a place
 * that does not exist are left to the reference check, which names the place.
 */
export function checkRouteLengths(
  routes: ReadonlyArray<LoadedRoute>,
  places: ReadonlyMap<string, PlaceForMap>,
  problems: ContentProblem[],
): void {
  for (const { file, data } of routes) {
    if (!data || data.stops.some((stop) => !places.has(stop.place))) continue;
    if (data.stops.some((_stop, index) => index > 0 && !earlierStop(data, index))) continue;
    for (const leg of legsOffTheirRailDistance(data.stops, places)) {
      problems.push({
        file,
        field: `stops.${leg.index}.via`,
        found: `${leg.from} to ${leg.place}: ${describeLegLength(leg)}`,
        expected:
          `A line within ${LEG_LENGTH_TOLERANCE * 100} % of the rail distance: add [latitude, longitude] points ` +
          `of the stations the railway passes between ${leg.from} and ${leg.place} to this stop's via, in order, ` +
          'so the line follows the track; or check stops.' +
          `${leg.index}.rail.km against its source.`,
      });
    }
  }
}

/** Whether the leg to a stop starts from a stop listed before it (the branchFrom check reports it otherwise). */
function earlierStop(data: RouteData, index: number): boolean {
  const from = data.stops[index]!.branchFrom ?? data.stops[index - 1]!.place;
  return data.stops.slice(0, index).some((stop) => stop.place === from);
}
