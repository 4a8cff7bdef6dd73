/**
 * A journey told in stages, drawn on one route: each stage runs along the route between
 * two of its stops (pathAlongRoute), so the story's lines are slices of the same geometry
 * every other map draws, never a second one. A stage may stay put (the summit): its line
 * is empty and the train stands at its stop.
 */
import { boundsOf, type Bounds } from './bounds.ts';
import { lineLengthKm } from './distance.ts';
import { addDistances, ZERO_DISTANCE, type DistanceOfRecord } from './distanceOfRecord.ts';
import type { LngLat } from './lngLat.ts';
import { distanceAlongRoute, pathAlongRoute, type RouteGeometry } from './routeGeometry.ts';

export interface StageInput {
  id: string;
  /** The route stop the stage starts from. */
  from: string;
  /** The route stop where the train stands at the end of the stage. */
  to: string;
}

export interface StageGeometry {
  id: string;
  /** The line of this stage alone, from `from` to `to`; empty when the train stays put. */
  line: LngLat[];
  /** The length of the line drawn, for framing and drawing. */
  km: number;
  /** The stage's distance as a reader is shown it: published figures where they cover it. */
  distance: DistanceOfRecord;
  /** Every stage's line up to and including this one, in order: what the map draws as travelled. */
  travelled: LngLat[][];
  travelledKm: number;
  /** Every stage's distance so far, added up. */
  travelledDistance: DistanceOfRecord;
  /** Where the train is at the end of the stage. */
  position: LngLat;
  /** What the map frames for the stage: its own line, or the stop where it stays. */
  focus: Bounds;
}

export function buildStageGeometry(route: RouteGeometry, stages: ReadonlyArray<StageInput>): StageGeometry[] {
  const positions = new Map(route.stops.map((stop) => [stop.place.id, stop.place.position]));
  const travelled: LngLat[][] = [];
  let travelledKm = 0;
  let travelledDistance = ZERO_DISTANCE;
  return stages.map((stage) => {
    for (const end of [stage.from, stage.to]) {
      if (!positions.has(end)) throw new Error(`Stage "${stage.id}" names "${end}", which is not a stop on the route.`);
    }
    const line = stage.from === stage.to ? [] : pathAlongRoute(route, stage.from, stage.to)!;
    const km = lineLengthKm(line);
    if (line.length > 0) travelled.push(line);
    travelledKm += km;
    const distance = stage.from === stage.to ? ZERO_DISTANCE : distanceAlongRoute(route, stage.from, stage.to)!;
    travelledDistance = addDistances(travelledDistance, distance);
    const position = positions.get(stage.to)!;
    return {
      id: stage.id,
      line,
      km,
      distance,
      travelled: [...travelled],
      travelledKm,
      travelledDistance,
      position,
      focus: boundsOf(line.length > 0 ? line : [position]),
    };
  });
}
