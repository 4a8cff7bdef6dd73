/**
 * The places of a trip in the order the leader reached them: where it started, the stops,
 * the destination, and where it ended when the journey went on past the destination and
 * came home (the 2023 train went on from the summit to Komsomolsk-on-Amur and Vladivostok).
 *
 * A stop is written either as a bare place id or with the date and a note; references may
 * be plain ids (the validator) or Astro references ({ collection, id }).
 */
import type { PartialDate } from '../dates/partialDate.ts';

type PlaceRef = string | { id: string };

export type LegMode = 'train' | 'car' | 'plane';

export type TripStopField =
  PlaceRef | { place: PlaceRef; date?: PartialDate | undefined; note?: string | undefined; by?: LegMode | undefined };

export interface TripItineraryInput {
  origin: PlaceRef;
  destination: PlaceRef;
  stops: ReadonlyArray<TripStopField>;
  returnTo?: PlaceRef | undefined;
  /** The trip's own dates: the day it set out, and the day it ended where it came home. */
  start?: PartialDate | undefined;
  end?: PartialDate | undefined;
  /** The day the leader reached the destination, where a report gives it. */
  arrived?: PartialDate | undefined;
}

/** 'arrival' is the destination, dated by the trip's `arrived`. */
export type ItineraryRole = 'origin' | 'stop' | 'destination' | 'arrival' | 'end';

export interface ItineraryPlace {
  place: string;
  role: ItineraryRole;
  date?: PartialDate;
  note?: string;
  /** How the leader got here from the place before, when the stop says. */
  by?: LegMode;
}

function idOf(reference: PlaceRef): string {
  return typeof reference === 'string' ? reference : reference.id;
}

function isStopObject(stop: TripStopField): stop is Exclude<TripStopField, PlaceRef> {
  return typeof stop === 'object' && 'place' in stop;
}

/** One stop as plain data: the place id with its date and note when given. */
export function tripStop(stop: TripStopField): { place: string; date?: PartialDate; note?: string; by?: LegMode } {
  if (!isStopObject(stop)) return { place: idOf(stop) };
  return {
    place: idOf(stop.place),
    ...(stop.date === undefined ? {} : { date: stop.date }),
    ...(stop.note === undefined ? {} : { note: stop.note }),
    ...(stop.by === undefined ? {} : { by: stop.by }),
  };
}

/**
 * The places in travel order. The destination closes the list unless it is among the
 * stops already (the journey went on past it); `returnTo` then ends the list.
 */
export function tripItinerary(trip: TripItineraryInput): ItineraryPlace[] {
  const destination = idOf(trip.destination);
  const stops = trip.stops.map(tripStop);
  const places: ItineraryPlace[] = [
    { place: idOf(trip.origin), role: 'origin', ...(trip.start === undefined ? {} : { date: trip.start }) },
  ];
  const arrival = (date: PartialDate | undefined): Pick<ItineraryPlace, 'role' | 'date'> =>
    date === undefined && trip.arrived !== undefined
      ? { role: 'arrival', date: trip.arrived }
      : { role: 'destination', ...(date === undefined ? {} : { date }) };
  for (const stop of stops) {
    places.push(stop.place === destination ? { ...stop, ...arrival(stop.date) } : { ...stop, role: 'stop' });
  }
  if (!stops.some((stop) => stop.place === destination)) places.push({ place: destination, ...arrival(undefined) });
  if (trip.returnTo !== undefined) {
    places.push({ place: idOf(trip.returnTo), role: 'end', ...(trip.end === undefined ? {} : { date: trip.end }) });
  }
  return places;
}

/** The place ids in travel order, for drawing the line. */
export function itineraryPlaceIds(trip: TripItineraryInput): string[] {
  return tripItinerary(trip).map((entry) => entry.place);
}

/** For each place in travel order, how it was reached from the one before, where a stop says. */
export function itineraryArrivals(trip: TripItineraryInput): Array<LegMode | undefined> {
  return tripItinerary(trip).map((entry) => entry.by);
}
