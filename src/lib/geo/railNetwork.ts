/**
 * The railways of content/routes/ joined where they share a place: the network a trip's
 * line follows between two places when it went by train. Each route is a small tree of
 * legs; together they form a graph whose nodes are place ids and whose edges are legs,
 * and a trip between two places takes the shortest way along it.
 */
import { lineLengthKm } from './distance.ts';
import type { LngLat } from './lngLat.ts';
import type { RailDistance, RouteGeometry } from './routeGeometry.ts';

interface Edge {
  to: string;
  /** The leg's line, from this node to `to`. */
  line: LngLat[];
  km: number;
  /** The leg's published rail distance, when its route records one. */
  rail?: RailDistance | undefined;
}

/** A way along the network: the line to draw and the legs it is made of. */
export interface NetworkPath {
  line: LngLat[];
  legs: ReadonlyArray<{ from: string; to: string; km: number; rail?: RailDistance | undefined }>;
}

export type RailNetwork = ReadonlyMap<string, ReadonlyArray<Edge>>;

export function buildRailNetwork(routes: ReadonlyArray<RouteGeometry>): RailNetwork {
  const network = new Map<string, Edge[]>();
  const link = (from: string, edge: Edge) => {
    const edges = network.get(from) ?? [];
    edges.push(edge);
    network.set(from, edges);
  };
  for (const route of routes) {
    for (const stop of route.stops) {
      if (stop.legFrom === null || stop.leg.length === 0) continue;
      link(stop.legFrom, { to: stop.place.id, line: stop.leg, km: stop.legKm, rail: stop.rail });
      link(stop.place.id, { to: stop.legFrom, line: [...stop.leg].reverse(), km: stop.legKm, rail: stop.rail });
    }
  }
  return network;
}

/** The line along the network between two places, the shortest way; null when either is off it or they are not joined. */
export function pathOnNetwork(network: RailNetwork, from: string, to: string): LngLat[] | null {
  return routeOnNetwork(network, from, to)?.line ?? null;
}

/** The shortest way along the network between two places, leg by leg; null as for pathOnNetwork. */
export function routeOnNetwork(network: RailNetwork, from: string, to: string): NetworkPath | null {
  if (!network.has(from) || !network.has(to)) return null;
  if (from === to) return null;
  const distance = new Map<string, number>([[from, 0]]);
  const via = new Map<string, { from: string; edge: Edge }>();
  const open = new Set<string>([from]);
  const done = new Set<string>();
  while (open.size > 0) {
    // The networks are a few dozen nodes: a linear scan for the nearest is plenty.
    let current: string | undefined;
    for (const node of open) if (current === undefined || distance.get(node)! < distance.get(current)!) current = node;
    open.delete(current!);
    if (current === to) break;
    done.add(current!);
    for (const edge of network.get(current!) ?? []) {
      if (done.has(edge.to)) continue;
      const through = distance.get(current!)! + edge.km;
      if (through < (distance.get(edge.to) ?? Infinity)) {
        distance.set(edge.to, through);
        via.set(edge.to, { from: current!, edge });
        open.add(edge.to);
      }
    }
  }
  if (!via.has(to)) return null;
  const legs: Array<{ from: string; edge: Edge }> = [];
  for (let node = to; node !== from; node = via.get(node)!.from) legs.unshift(via.get(node)!);
  return {
    line: legs.flatMap(({ edge }, index) => (index === 0 ? edge.line : edge.line.slice(1))),
    legs: legs.map(({ from: start, edge }) => ({ from: start, to: edge.to, km: edge.km, rail: edge.rail })),
  };
}

/**
 * The rail distance of a way along the network, when every leg of it has a published
 * one: their sum and their sources. One leg without a figure leaves the whole unknown,
 * since a sum of published and drawn lengths would be neither.
 */
export function publishedRailKm(path: NetworkPath): { km: number; sources: RailDistance[] } | null {
  if (path.legs.length === 0 || path.legs.some((leg) => leg.rail === undefined)) return null;
  const sources = path.legs.map((leg) => leg.rail!);
  return { km: sources.reduce((total, rail) => total + rail.km, 0), sources };
}

/** The length of the shortest way along the network, for checks and tables. */
export function networkKm(network: RailNetwork, from: string, to: string): number | null {
  const path = pathOnNetwork(network, from, to);
  return path === null ? null : lineLengthKm(path);
}
