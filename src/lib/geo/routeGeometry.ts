/**
 * Turns a route from content/routes/ into what the maps and the stop table draw:
 * each stop's position, the line of the leg that reaches it, and its distances of record
 * and estimated times. A distance is the published rail figure where the route records
 * one, and a length read off the drawn line otherwise, which is shorter than the track and
 * is said to be approximate (distanceOfRecord.ts). A stop may branch from an earlier one
 * (Vladivostok from the Baranovsky junction), so the route is a small tree; a published
 * figure may span several legs (Khasan to Ussuriysk, through the junction).
 */
import { lineLengthKm } from './distance.ts';
import { addDistances, alongLine, fromRail, ZERO_DISTANCE, type DistanceOfRecord } from './distanceOfRecord.ts';
import { fromLatLng, type LngLat } from './lngLat.ts';
import { estimatedHours } from './travelTime.ts';
import type { LabelPlacement } from '../mapLayout/labelSides.ts';
import type { PartialDate } from '../dates/partialDate.ts';

export interface PlaceForMap {
  id: string;
  name: { en: string; ko?: string | undefined; ru?: string | undefined };
  position: LngLat;
  kind: string;
  country: string;
  /** Where the name goes beside the dot, from the place's file; right of it when not given. */
  label?: LabelPlacement | undefined;
}

/** A leg's length by rail as a railway reference gives it (the `rail` field of a route stop). */
export interface RailDistance {
  km: number;
  source: string;
  url: string;
  basis?: string | undefined;
  /** The copy that was read, when it is not the reference itself (a mirror of a Wikipedia article). */
  readAt?: { name: string; url?: string | undefined } | undefined;
  /**
   * The stop the figure is measured from, when the reference gives it from a stop before
   * the leg's start (a junction passed on the way): the figure then spans several legs.
   */
  from?: string | undefined;
}

export interface RouteStopInput {
  place: string;
  /** The published rail distance of the leg to this stop, when there is one. */
  rail?: RailDistance | undefined;
  branchFrom?: string | undefined;
  via: ReadonlyArray<readonly [number, number]>;
  /** 'approximate' when the leg is drawn through too few known points to be measured by. */
  line?: 'approximate' | undefined;
  passage?: string | undefined;
  note?: string | undefined;
  /** When the train was there, as precisely as reported. */
  date?: PartialDate | undefined;
  /** The passage that dates the stop, when it is not the stop's own passage. */
  dateCitation?: string | undefined;
}

export interface RouteStop {
  place: PlaceForMap;
  /** The stop the leg to this one starts from; null for the first stop. */
  legFrom: string | null;
  /** The line from legFrom to this stop, both ends included; empty for the first stop. */
  leg: LngLat[];
  /** The length of the line drawn: for drawing and checking, never shown as a rail distance. */
  legKm: number;
  /** The leg is marked in the route file as drawn through too few known points to measure by. */
  approximate: boolean;
  /** The published rail distance recorded with this stop, when there is one (it may span legs). */
  rail?: RailDistance | undefined;
  /** The leg's distance as a reader is shown it: its own published figure, or the drawn length. */
  legDistance: DistanceOfRecord;
  /** From the first stop to this one, by published figures wherever they run the whole way. */
  cumulative: DistanceOfRecord;
  /** The estimated time of the leg at the reported speed, from legDistance. */
  legHours: number;
  /** The estimated time from the first stop, from cumulative. */
  cumulativeHours: number;
  passage?: string | undefined;
  note?: string | undefined;
  date?: PartialDate | undefined;
  dateCitation?: string | undefined;
}

export interface RouteGeometry {
  stops: RouteStop[];
  /** Every leg's line, for drawing. */
  lines: LngLat[][];
  /** The length of everything drawn, branches included. */
  totalKm: number;
}

export function buildRouteGeometry(
  stops: ReadonlyArray<RouteStopInput>,
  places: ReadonlyMap<string, PlaceForMap>,
): RouteGeometry {
  const built: RouteStop[] = [];
  const byId = new Map<string, RouteStop>();
  let totalKm = 0;
  stops.forEach((input, index) => {
    const place = places.get(input.place);
    if (!place) throw new Error(`Route stop "${input.place}" is not a place in content/places/.`);
    const from = index === 0 ? null : (input.branchFrom ?? stops[index - 1]!.place);
    const origin = from === null ? undefined : byId.get(from);
    if (from !== null && !origin)
      throw new Error(`Route stop "${input.place}" branches from "${from}", not an earlier stop.`);
    const leg = origin ? [origin.place.position, ...input.via.map(fromLatLng), place.position] : [];
    const legKm = lineLengthKm(leg);
    totalKm += legKm;
    // The first stop has no leg, so a rail distance written on it has nothing to measure.
    const rail = origin ? input.rail : undefined;
    const spanFrom = rail?.from !== undefined && rail.from !== from ? rail.from : undefined;
    const legDistance = !origin ? ZERO_DISTANCE : rail && spanFrom === undefined ? fromRail(rail) : alongLine(legKm);
    const spanStart = spanFrom === undefined ? undefined : byId.get(spanFrom);
    if (spanFrom !== undefined && !isOnTheWay(byId, spanFrom, from))
      throw new Error(`Route stop "${input.place}" has a rail figure from "${spanFrom}", not a stop on the way to it.`);
    const cumulative =
      rail && spanStart
        ? addDistances(spanStart.cumulative, fromRail(rail))
        : addDistances(origin?.cumulative ?? ZERO_DISTANCE, legDistance);
    const stop: RouteStop = {
      place,
      legFrom: from,
      leg,
      legKm,
      approximate: origin !== undefined && input.line === 'approximate',
      rail,
      legDistance,
      cumulative,
      legHours: estimatedHours(legDistance.km),
      cumulativeHours: estimatedHours(cumulative.km),
      passage: input.passage,
      note: input.note,
      date: input.date,
      dateCitation: input.dateCitation,
    };
    built.push(stop);
    byId.set(place.id, stop);
  });
  return { stops: built, lines: built.filter((stop) => stop.leg.length > 0).map((stop) => stop.leg), totalKm };
}

/** Whether a stop is the given one or one the line passes before reaching it. */
function isOnTheWay(stops: ReadonlyMap<string, RouteStop>, id: string, from: string | null): boolean {
  return from !== null && chainOf(stops, from).includes(id);
}

/** A stop and every stop the line passes before reaching it, nearest first, back to the first stop. */
function chainOf(stops: ReadonlyMap<string, RouteStop>, id: string): string[] {
  const chain = [id];
  for (let stop = stops.get(id); stop?.legFrom; stop = stops.get(stop.legFrom)) chain.push(stop.legFrom);
  return chain;
}

/** The stop two stops both descend from, nearest to them: where the way between them turns. */
function commonStop(stops: ReadonlyMap<string, RouteStop>, fromId: string, toId: string): string {
  const down = chainOf(stops, toId);
  return chainOf(stops, fromId).find((id) => down.includes(id))!;
}

/**
 * The distance between two stops of a route, by the way along its legs: published figures
 * wherever they cover the way, and the drawn line elsewhere; null when either is not a stop.
 */
export function distanceAlongRoute(route: RouteGeometry, fromId: string, toId: string): DistanceOfRecord | null {
  const stops = new Map(route.stops.map((stop) => [stop.place.id, stop]));
  if (!stops.has(fromId) || !stops.has(toId)) return null;
  // Up from a stop to one it descends from: a figure that spans legs is used when it starts
  // at or below that stop; one that starts above it would measure more than the way asked for.
  const upTo = (id: string, ancestor: string): DistanceOfRecord => {
    if (id === ancestor) return ZERO_DISTANCE;
    const stop = stops.get(id)!;
    const spanFrom = stop.rail?.from;
    if (stop.rail && spanFrom !== undefined && spanFrom !== stop.legFrom && isOnTheWay(stops, ancestor, spanFrom)) {
      return addDistances(upTo(spanFrom, ancestor), fromRail(stop.rail));
    }
    return addDistances(upTo(stop.legFrom!, ancestor), stop.legDistance);
  };
  const common = commonStop(stops, fromId, toId);
  return addDistances(upTo(fromId, common), upTo(toId, common));
}

/**
 * The line along the route between two of its stops, following legs forwards or
 * backwards; null when either is not a stop. Distances along it use lineLengthKm.
 */
export function pathAlongRoute(route: RouteGeometry, fromId: string, toId: string): LngLat[] | null {
  const stops = new Map(route.stops.map((stop) => [stop.place.id, stop]));
  if (!stops.has(fromId) || !stops.has(toId)) return null;
  const up = chainOf(stops, fromId);
  const down = chainOf(stops, toId);
  const common = commonStop(stops, fromId, toId);
  const climb = up.slice(0, up.indexOf(common));
  const descend = down.slice(0, down.indexOf(common)).reverse();
  const points: LngLat[] = [stops.get(fromId)!.place.position];
  for (const id of climb) points.push(...stops.get(id)!.leg.slice(0, -1).reverse());
  for (const id of descend) points.push(...stops.get(id)!.leg.slice(1));
  return points;
}
