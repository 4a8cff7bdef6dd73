/**
 * Checks for content/routes/ that a schema cannot express: a branch leaves from an
 * earlier stop, a rail figure that spans legs starts from a stop on the way, only a leg
 * can be marked approximate, a figure is measured between the route's own stops, each figure's
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
  // The home page draws one route: exactly one file says so.
  const home = routes.filter((route) => route.data?.homeMap === true);
  if (home.length === 0 && routes.length > 0 && routes.every((route) => route.data !== undefined)) {
    problems.push({
      file: 'content/routes/',
      field: 'homeMap',
      found: 'no route with homeMap: true',
      expected: 'homeMap: true in the one route the home page map draws.',
    });
  }
  for (const extra of home.slice(1)) {
    problems.push({
      file: extra.file,
      field: 'homeMap',
      found: 'true',
      expected: `Only one route is drawn on the home page: ${home[0]!.file} already has homeMap: true. Remove it here, or there.`,
    });
  }
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
      if (index === 0 && stop.line !== undefined) {
        problems.push({
          file,
          field: 'stops.0.line',
          found: stop.line,
          expected:
            'No line field on the first stop: it has no leg leading to it. Mark the stop at the end of the leg that is drawn approximately.',
        });
      }
      const spanFrom = stop.rail?.from;
      if (index > 0 && spanFrom !== undefined) {
        const onTheWay = stopsOnTheWay(data, index);
        if (!onTheWay.includes(spanFrom)) {
          problems.push({
            file,
            field: `stops.${index}.rail.from`,
            found: spanFrom,
            expected:
              `A stop the line passes on its way to ${stop.place}, where the source's figure starts: ` +
              `${onTheWay.join(', ') || '(none)'}. Leave rail.from out when the figure is for this leg alone.`,
          });
        }
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
    if (
      data.stops.some(
        (stop, index) => stop.rail?.from !== undefined && !stopsOnTheWay(data, index).includes(stop.rail.from),
      )
    )
      continue;
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

/** The stops the line passes before reaching a stop, nearest first: the leg's start, its own start, and so on. */
function stopsOnTheWay(data: RouteData, index: number): string[] {
  const startOf = (at: number): string | undefined =>
    at === 0 ? undefined : (data.stops[at]!.branchFrom ?? data.stops[at - 1]!.place);
  const passed: string[] = [];
  for (let from = startOf(index); from !== undefined && !passed.includes(from);) {
    passed.push(from);
    const at = data.stops.findIndex((stop) => stop.place === from);
    from = at < 0 || at >= index ? undefined : startOf(at);
  }
  return passed;
}

/** Whether the leg to a stop starts from a stop listed before it (the branchFrom check reports it otherwise). */
function earlierStop(data: RouteData, index: number): boolean {
  const from = data.stops[index]!.branchFrom ?? data.stops[index - 1]!.place;
  return data.stops.slice(0, index).some((stop) => stop.place === from);
}
