/**
 * Compares each leg of a route as drawn with the rail distance recorded for it. A line
 * straight across a bay or a mountain range is shorter than the track it stands for, and
 * every length and time the site computes from it would be short too; a leg drawn more
 * than 15 % away from its published rail distance needs more points along the track.
 */
import { buildRouteGeometry, type PlaceForMap, type RouteStopInput } from './routeGeometry.ts';

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

/** Every leg that has a recorded rail distance, with its drawn length beside it. */
export function compareLegLengths(
  stops: ReadonlyArray<RouteStopInput>,
  places: ReadonlyMap<string, PlaceForMap>,
  tolerance: number = LEG_LENGTH_TOLERANCE,
): LegLengthComparison[] {
  const geometry = buildRouteGeometry(stops, places);
  return geometry.stops.flatMap((stop, index): LegLengthComparison[] => {
    const rail = stops[index]!.rail;
    if (rail === undefined || stop.legFrom === null) return [];
    const ratio = stop.legKm / rail.km;
    return [
      {
        index,
        place: stop.place.id,
        from: stop.legFrom,
        drawnKm: stop.legKm,
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
