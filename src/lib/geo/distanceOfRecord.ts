/**
 * A distance as a reader is shown it, with what it rests on: a rail figure a railway
 * reference publishes (with its sources), or a length read off the line drawn on the map.
 * The drawn line runs straight between the few stations that can be placed, so it is
 * shorter than the track: a length from it is never presented as a rail distance, and a
 * sum with any drawn part in it is approximate as a whole.
 */
import type { RailDistance } from './routeGeometry.ts';

export interface RailFigure {
  basis: 'rail';
  km: number;
  /** The references the figure is read from, one for each published figure added up. */
  sources: RailDistance[];
}

export interface LineFigure {
  basis: 'line';
  km: number;
  /** Part of the length is published figures, the rest read off the drawn line. */
  partlyRail: boolean;
}

export type DistanceOfRecord = RailFigure | LineFigure;

/** The distance from a stop to itself: published, trivially, and from no source. */
export const ZERO_DISTANCE: DistanceOfRecord = { basis: 'rail', km: 0, sources: [] };

export function fromRail(rail: RailDistance): DistanceOfRecord {
  return { basis: 'rail', km: rail.km, sources: [rail] };
}

export function alongLine(km: number): DistanceOfRecord {
  return { basis: 'line', km, partlyRail: false };
}

export function addDistances(first: DistanceOfRecord, second: DistanceOfRecord): DistanceOfRecord {
  const km = first.km + second.km;
  if (first.basis === 'rail' && second.basis === 'rail') {
    return { basis: 'rail', km, sources: [...first.sources, ...second.sources] };
  }
  const hasRail = (part: DistanceOfRecord) => (part.basis === 'rail' ? part.km > 0 : part.partlyRail);
  return { basis: 'line', km, partlyRail: hasRail(first) || hasRail(second) };
}
