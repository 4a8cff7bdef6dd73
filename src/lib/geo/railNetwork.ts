/**
 * The railways of content/routes/ joined where they share a place: the network a trip's
 * line follows between two places when it went by train. Each route is a small tree of
 * legs; together they form a graph whose nodes are place ids and whose edges are legs,
 * and a trip between two places takes the shortest way along it.
 */
import { lineLengthKm } from './distance.ts';
import type { LngLat } from './lngLat.ts';
import type { RailDistance, RouteGeometry } from './routeGeometry.ts';

/** A published figure that covers several legs of a route, between two of its stops. */
interface RailSpan {
  between: readonly [string, string];
  rail: RailDistance;
}

interface Edge {
  to: string;
  /** The leg's line, from this node to `to`. */
  line: LngLat[];
  km: number;
  /** The leg's own published rail distance, when its route records one. */
  rail?: RailDistance | undefined;
  /** A published figure recorded with the leg that runs further back than the leg itself. */
  span?: RailSpan | undefined;
}

/** A way along the network: the line to draw and the legs it is made of. */
export interface NetworkPath {
  line: LngLat[];
  legs: ReadonlyArray<{
    from: string;
    to: string;
    km: number;
    rail?: RailDistance | undefined;
    span?: RailSpan | undefined;
  }>;
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
      const spanFrom = stop.rail?.from;
      const spans = spanFrom !== undefined && spanFrom !== stop.legFrom;
      const figures = spans
        ? { span: { between: [spanFrom, stop.place.id] as const, rail: stop.rail! } }
        : { rail: stop.rail };
      link(stop.legFrom, { to: stop.place.id, line: stop.leg, km: stop.legKm, ...figures });
      link(stop.place.id, { to: stop.legFrom, line: [...stop.leg].reverse(), km: stop.legKm, ...figures });
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
    legs: legs.map(({ from: start, edge }) => ({
      from: start,
      to: edge.to,
      km: edge.km,
      rail: edge.rail,
      span: edge.span,
    })),
  };
}

/**
 * The rail distance of a way along the network, when published figures cover all of it:
 * each leg's own, or one that spans several legs the way passes whole. Their sum and their
 * sources; null when any stretch has none, since a sum of published and drawn lengths
 * would be neither.
 */
export function publishedRailKm(path: NetworkPath): { km: number; sources: RailDistance[] } | null {
  if (path.legs.length === 0) return null;
  const nodes = [path.legs[0]!.from, ...path.legs.map((leg) => leg.to)];
  // Ways to step forward along the path by a published figure: a leg's own, or a span
  // whose two ends both lie on the path.
  const steps: Array<{ start: number; end: number; rail: RailDistance }> = [];
  path.legs.forEach((leg, index) => {
    if (leg.rail) steps.push({ start: index, end: index + 1, rail: leg.rail });
    if (!leg.span) return;
    const ends = leg.span.between.map((id) => nodes.indexOf(id)).sort((a, b) => a - b);
    if (ends[0]! >= 0) steps.push({ start: ends[0]!, end: ends[1]!, rail: leg.span.rail });
  });
  const reached: Array<RailDistance[] | null> = nodes.map((_node, index) => (index === 0 ? [] : null));
  for (let index = 1; index < nodes.length; index += 1) {
    for (const step of steps.filter((candidate) => candidate.end === index && reached[candidate.start])) {
      reached[index] ??= [...reached[step.start]!, step.rail];
    }
  }
  const sources = reached[nodes.length - 1];
  if (!sources) return null;
  return { km: sources.reduce((total, rail) => total + rail.km, 0), sources: [...new Set(sources)] };
}

/** The length of the shortest way along the network, for checks and tables. */
export function networkKm(network: RailNetwork, from: string, to: string): number | null {
  const path = pathOnNetwork(network, from, to);
  return path === null ? null : lineLengthKm(path);
}
