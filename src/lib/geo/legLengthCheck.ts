/**
 * Compares each leg of a route as drawn with the rail distance recorded for it. A line
 * straight across a bay or a mountain range is shorter than the track it stands for, and
 * a leg drawn more than 15 % away from its published rail distance needs more points along
 * the track. A leg the route file marks `line: approximate` is drawn through too few known
 * points for that: it is left out, and the site shows its published figure alone. A figure
 * that spans several legs is compared with the line along all of them.
 */
import { lineLengthKm } from './distance.ts';
import { buildRouteGeometry, pathAlongRoute, type PlaceForMap, type RouteStopInput } from './routeGeometry.ts';

/** How far a drawn leg may be from its rail distance, as a share of the rail distance. */
export const LEG_LENGTH_TOLERANCE = 0.15;

export interface LegLengthComparison {
  /** The stop's position in the route's list of stops. */
  index: number;
  /** The place id of the stop the leg ends at. */
  place: string;
  /** The place id of the stop the leg starts from. */
  from: string;
  drawnKm: number;
  railKm: number;
  /** drawnKm / railKm: 1 is a perfect match. */
  ratio: number;
  withinTolerance: boolean;
}

/** Every leg that has a recorded rail distance and is not marked approximate, with its drawn length beside it. */
export function compareLegLengths(
  stops: ReadonlyArray<RouteStopInput>,
  places: ReadonlyMap<string, PlaceForMap>,
  tolerance: number = LEG_LENGTH_TOLERANCE,
): LegLengthComparison[] {
  const geometry = buildRouteGeometry(stops, places);
  return geometry.stops.flatMap((stop, index): LegLengthComparison[] => {
    const rail = stops[index]!.rail;
    if (rail === undefined || stop.legFrom === null || stop.approximate) return [];
    const from = rail.from ?? stop.legFrom;
    const drawnKm = from === stop.legFrom ? stop.legKm : lineLengthKm(pathAlongRoute(geometry, from, stop.place.id)!);
    const ratio = drawnKm / rail.km;
    return [
      {
        index,
        place: stop.place.id,
        from,
        drawnKm,
        railKm: rail.km,
        ratio,
        withinTolerance: Math.abs(ratio - 1) <= tolerance,
      },
    ];
  });
}

/** The legs drawn more than the tolerance away from their rail distance. */
export function legsOffTheirRailDistance(
  stops: ReadonlyArray<RouteStopInput>,
  places: ReadonlyMap<string, PlaceForMap>,
  tolerance: number = LEG_LENGTH_TOLERANCE,
): LegLengthComparison[] {
  return compareLegLengths(stops, places, tolerance).filter((leg) => !leg.withinTolerance);
}

/** "drawn 199 km, 16 % shorter than the 238 km by rail": what an editor reads in a problem. */
export function describeLegLength(leg: LegLengthComparison): string {
  const percent = Math.round(Math.abs(leg.ratio - 1) * 100);
  const direction = leg.ratio < 1 ? 'shorter' : 'longer';
  return `drawn ${Math.round(leg.drawnKm)} km, ${percent} % ${direction} than the ${leg.railKm} km by rail`;
}
