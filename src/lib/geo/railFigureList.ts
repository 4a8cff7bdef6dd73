/**
 * The published rail figures of a route, numbered in the order of its stops: the list under
 * the stop table gives each one's stretch, source and basis in full, so a running total
 * made of several can cite them by number in a narrow column, and print with them.
 */
import type { RailDistance } from './routeGeometry.ts';

export interface ListedRailFigure {
  number: number;
  fromName: string;
  toName: string;
  rail: RailDistance;
}

interface StopWithFigure {
  name: { en: string };
  legFromName: string | null;
  rail?: RailDistance | undefined;
  /** The name of the stop a figure spanning several legs starts from. */
  railFromName?: string | undefined;
}

export function listRailFigures(stops: ReadonlyArray<StopWithFigure>): ListedRailFigure[] {
  return stops
    .filter((stop) => stop.rail !== undefined && stop.legFromName !== null)
    .map((stop, index) => ({
      number: index + 1,
      fromName: stop.railFromName ?? stop.legFromName!,
      toName: stop.name.en,
      rail: stop.rail!,
    }));
}

/** The numbers of the listed figures a distance rests on, in order. */
export function railFigureNumbers(
  list: ReadonlyArray<ListedRailFigure>,
  sources: ReadonlyArray<RailDistance>,
): number[] {
  const sameFigure = (a: RailDistance, b: RailDistance) => a.url === b.url && a.km === b.km && a.source === b.source;
  const numbers = sources.flatMap((source) =>
    list.filter((entry) => sameFigure(entry.rail, source)).map((e) => e.number),
  );
  return [...new Set(numbers)].sort((a, b) => a - b);
}
