/**
 * The line to draw for one trip of content/trips/: along the railways of content/routes/
 * where the trip went by train between places on them, a great-circle arc where it flew,
 * and a plain arc marked "approximate" where it went by train off the mapped railway
 * or the sources do not say how.
 */
import { greatCircleArc } from './greatCircle.ts';
import { lineLengthKm } from './distance.ts';
import type { LngLat } from './lngLat.ts';
import type { PlaceForMap } from './routeGeometry.ts';
import { publishedRailKm, routeOnNetwork, type RailNetwork } from './railNetwork.ts';
import type { RailDistance } from './routeGeometry.ts';
import type { PartialDate } from '../dates/partialDate.ts';

export type SegmentKind = 'rail' | 'air' | 'road' | 'approximate';

export interface TripSegment {
  kind: SegmentKind;
  from: string;
  to: string;
  line: LngLat[];
  /** The length of the line drawn. */
  km: number;
  /** For a segment by rail whose every leg has a published rail distance: their sum and sources. */
  rail?: { km: number; sources: RailDistance[] } | undefined;
}

/** A stop of a trip as its file dates and describes it. */
export interface PlaceVisit {
  date?: PartialDate | undefined;
  note?: string | undefined;
}

export interface TripForMap {
  slug: string;
  mode: 'train' | 'plane' | 'train-and-plane' | 'train-and-car' | 'unknown';
  /** The places in travel order, origin first (see tripItinerary). */
  places: ReadonlyArray<string>;
  /** Where the train journey ended and the car took over, for a trip by train then car. */
  destination: string;
  /** How each place was reached from the one before, where the trip file says (same order as places). */
  arrivals?: ReadonlyArray<'train' | 'car' | 'plane' | undefined>;
  /** When the leader was at each place and what happened there, where the trip file says (same order as places). */
  visits?: ReadonlyArray<PlaceVisit>;
}

export function tripRouteGeometry(
  trip: TripForMap,
  places: ReadonlyMap<string, PlaceForMap>,
  railways: RailNetwork | undefined,
): TripSegment[] {
  const sequence = trip.places;
  const segments: TripSegment[] = [];
  for (let index = 1; index < sequence.length; index += 1) {
    const from = sequence[index - 1]!;
    const to = sequence[index]!;
    const start = places.get(from);
    const end = places.get(to);
    if (!start || !end) throw new Error(`Trip "${trip.slug}" names a place that is not in content/places/.`);
    // A trip by train then car (Hanoi, 2019) reached its destination by road from the last station.
    const arrival = trip.arrivals?.[index];
    const byRoad =
      arrival === 'car' ||
      (arrival === undefined &&
        trip.mode === 'train-and-car' &&
        (to === trip.destination || from === trip.destination));
    const byAir = arrival === 'plane' || (arrival === undefined && trip.mode === 'plane');
    const byRail =
      arrival === 'train' ||
      (arrival === undefined &&
        !byRoad &&
        (trip.mode === 'train' || trip.mode === 'train-and-plane' || trip.mode === 'train-and-car'));
    const railPath = byRail && railways ? routeOnNetwork(railways, from, to) : null;
    const line = railPath?.line ?? greatCircleArc(start.position, end.position);
    const kind: SegmentKind = railPath ? 'rail' : byRoad ? 'road' : byAir ? 'air' : 'approximate';
    const rail = railPath ? publishedRailKm(railPath) : null;
    segments.push({ kind, from, to, line, km: lineLengthKm(line), ...(rail ? { rail } : {}) });
  }
  return segments;
}
