/**
 * The line to draw for one trip of content/trips/: along the rail route where the
 * trip went by train between stops of that route, a great-circle arc where it flew,
 * and a plain arc marked "approximate" where it went by train off the mapped railway
 * or the sources do not say how.
 */
import { greatCircleArc } from './greatCircle.ts';
import { lineLengthKm } from './lineLength.ts';
import type { LngLat } from './lngLat.ts';
import { pathAlongRoute, type PlaceForMap, type RouteGeometry } from './routeGeometry.ts';

export type SegmentKind = 'rail' | 'air' | 'approximate';

export interface TripSegment {
  kind: SegmentKind;
  from: string;
  to: string;
  line: LngLat[];
  km: number;
}

export interface TripForMap {
  slug: string;
  mode: 'train' | 'plane' | 'train-and-plane' | 'unknown';
  origin: string;
  destination: string;
  stops: ReadonlyArray<string>;
}

export function tripRouteGeometry(
  trip: TripForMap,
  places: ReadonlyMap<string, PlaceForMap>,
  railRoute: RouteGeometry | undefined,
): TripSegment[] {
  const sequence = [trip.origin, ...trip.stops, trip.destination];
  const segments: TripSegment[] = [];
  for (let index = 1; index < sequence.length; index += 1) {
    const from = sequence[index - 1]!;
    const to = sequence[index]!;
    const start = places.get(from);
    const end = places.get(to);
    if (!start || !end) throw new Error(`Trip "${trip.slug}" names a place that is not in content/places/.`);
    const byRail = trip.mode === 'train' || trip.mode === 'train-and-plane';
    const railLine = byRail && railRoute ? pathAlongRoute(railRoute, from, to) : null;
    const line = railLine ?? greatCircleArc(start.position, end.position);
    const kind: SegmentKind = railLine ? 'rail' : trip.mode === 'plane' ? 'air' : 'approximate';
    segments.push({ kind, from, to, line, km: lineLengthKm(line) });
  }
  return segments;
}
