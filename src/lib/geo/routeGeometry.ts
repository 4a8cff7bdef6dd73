/**
 * Turns a route from content/routes/ into what the maps and the stop table draw:
 * each stop's position, the line of the leg that reaches it, and distances and
 * estimated times. A leg's time is worked out from its published rail distance where
 * the route records one, and from the drawn line otherwise, which is shorter than the
 * track. A stop may branch from an earlier one (Vladivostok from the Baranovsky
 * junction), so the route is a small tree.
 */
import { lineLengthKm } from './distance.ts';
import { fromLatLng, type LngLat } from './lngLat.ts';
import { estimatedHours } from './travelTime.ts';
import type { LabelPlacement } from './mapLabels.ts';

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
}

/** Which distance an estimated time was worked out from. */
export type TimeBasis = 'rail' | 'drawn';

export interface RouteStopInput {
  place: string;
  /** The published rail distance of the leg to this stop, when there is one. */
  rail?: RailDistance | undefined;
  branchFrom?: string | undefined;
  via: ReadonlyArray<readonly [number, number]>;
  passage?: string | undefined;
  note?: string | undefined;
  /** When the train was there, as a partial date ("2023-09-13"). */
  date?: string | undefined;
  /** The passage that dates the stop, when it is not the stop's own passage. */
  dateCitation?: string | undefined;
}

export interface RouteStop {
  place: PlaceForMap;
  /** The stop the leg to this one starts from; null for the first stop. */
  legFrom: string | null;
  /** The line from legFrom to this stop, both ends included; empty for the first stop. */
  leg: LngLat[];
  /** The length of the line drawn. */
  legKm: number;
  cumulativeKm: number;
  /** The published rail distance of this leg, when the route records one. */
  rail?: RailDistance | undefined;
  /** The estimated time of the leg, from the rail distance when there is one. */
  legHours: number;
  legTimeBasis: TimeBasis;
  /** The sum of the leg times up to this stop, each worked out as legHours is. */
  cumulativeHours: number;
  passage?: string | undefined;
  note?: string | undefined;
  date?: string | undefined;
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
    const cumulativeKm = (origin?.cumulativeKm ?? 0) + legKm;
    totalKm += legKm;
    // The first stop has no leg, so a rail distance written on it has nothing to time.
    const rail = origin ? input.rail : undefined;
    const legHours = estimatedHours(rail?.km ?? legKm);
    const stop: RouteStop = {
      place,
      legFrom: from,
      leg,
      legKm,
      cumulativeKm,
      rail,
      legHours,
      legTimeBasis: rail ? 'rail' : 'drawn',
      cumulativeHours: (origin?.cumulativeHours ?? 0) + legHours,
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

/**
 * The line along the route between two of its stops, following legs forwards or
 * backwards; null when either is not a stop. Distances along it use lineLengthKm.
 */
export function pathAlongRoute(route: RouteGeometry, fromId: string, toId: string): LngLat[] | null {
  const stops = new Map(route.stops.map((stop) => [stop.place.id, stop]));
  if (!stops.has(fromId) || !stops.has(toId)) return null;
  const ancestry = (id: string): string[] => {
    const chain = [id];
    for (let stop = stops.get(id); stop?.legFrom; stop = stops.get(stop.legFrom)) chain.push(stop.legFrom);
    return chain;
  };
  const up = ancestry(fromId);
  const down = ancestry(toId);
  const common = up.find((id) => down.includes(id))!;
  const climb = up.slice(0, up.indexOf(common));
  const descend = down.slice(0, down.indexOf(common)).reverse();
  const points: LngLat[] = [stops.get(fromId)!.place.position];
  for (const id of climb) points.push(...stops.get(id)!.leg.slice(0, -1).reverse());
  for (const id of descend) points.push(...stops.get(id)!.leg.slice(1));
  return points;
}
