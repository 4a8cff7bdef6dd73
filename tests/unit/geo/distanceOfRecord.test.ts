import { describe, expect, it } from 'vitest';
import {
  addDistances,
  alongLine,
  fromRail,
  ZERO_DISTANCE,
  type DistanceOfRecord,
} from '../../../src/lib/geo/distanceOfRecord.ts';
import {
  buildRouteGeometry,
  distanceAlongRoute,
  type PlaceForMap,
  type RailDistance,
  type RouteStopInput,
} from '../../../src/lib/geo/routeGeometry.ts';
import { describeDistance } from '../../../src/lib/geo/formatDistance.ts';
import { buildRailNetwork, publishedRailKm, routeOnNetwork } from '../../../src/lib/geo/railNetwork.ts';

/**
 * Five places one degree apart on the equator (about 111 km a leg, drawn straight), and
 * one north of c for a branch: a — b — c — d — e, and c — n.
 */
const place = (id: string, longitude: number, latitude = 0): [string, PlaceForMap] => [
  id,
  { id, name: { en: id.toUpperCase() }, position: [longitude, latitude], kind: 'station', country: 'RU' },
];
const places = new Map([place('a', 0), place('b', 1), place('c', 2), place('d', 3), place('e', 4), place('n', 2, 1)]);
const ONE_DEGREE_KM = 111.195;
const rail = (km: number, source = `Table ${km}`, from?: string): RailDistance => ({
  km,
  source,
  url: `https://example.org/${km}`,
  ...(from === undefined ? {} : { from }),
});

describe('adding distances of record', () => {
  it('keeps a sum of published figures published, with every source', () => {
    const sum = addDistances(fromRail(rail(300, 'One')), fromRail(rail(400, 'Two')));
    expect(sum).toEqual({ basis: 'rail', km: 700, sources: [rail(300, 'One'), rail(400, 'Two')] });
  });

  it('makes a sum with any drawn part an approximate one, and says part of it is published', () => {
    const mixed = addDistances(fromRail(rail(300)), alongLine(50));
    expect(mixed).toEqual({ basis: 'line', km: 350, partlyRail: true });
    expect(addDistances(alongLine(20), alongLine(30))).toEqual({ basis: 'line', km: 50, partlyRail: false });
  });

  it('starts from nothing', () => {
    expect(addDistances(ZERO_DISTANCE, alongLine(20))).toEqual({ basis: 'line', km: 20, partlyRail: false });
  });
});

describe('the wording of a distance', () => {
  it('calls a published figure a rail distance', () => {
    expect(describeDistance(fromRail(rail(1186)))).toBe('1,186 km by rail');
  });

  it('never calls a length read off the drawn line a rail distance', () => {
    expect(describeDistance(alongLine(244.6))).toBe('about 245 km along an approximate line');
    expect(describeDistance(addDistances(fromRail(rail(300)), alongLine(50)))).toBe(
      'about 350 km, partly along an approximate line',
    );
  });
});

describe('the figures of record of a route', () => {
  const stops: RouteStopInput[] = [
    { place: 'a', via: [] },
    // Drawn through too few points: its drawn 111 km is far short of the 300 km published.
    { place: 'b', via: [], rail: rail(300), line: 'approximate' },
    { place: 'c', via: [], rail: rail(120) },
    // No published figure for c → d alone, but one for b → d as a whole.
    { place: 'd', via: [], rail: rail(260, 'Span', 'b') },
    { place: 'e', via: [] },
    { place: 'n', branchFrom: 'c', via: [] },
  ];
  const route = buildRouteGeometry(stops, places);
  const stop = (id: string) => route.stops.find((entry) => entry.place.id === id)!;

  it('gives a leg its published figure, not the drawn length', () => {
    expect(stop('b').legDistance).toEqual(fromRail(rail(300)));
    expect(stop('b').legKm).toBeCloseTo(ONE_DEGREE_KM, 0);
  });

  it('keeps the mark of a leg drawn too roughly to measure', () => {
    expect(route.stops.map((entry) => entry.approximate)).toEqual([false, true, false, false, false, false]);
  });

  it('says a leg without a published figure is measured on the drawn line', () => {
    expect(stop('e').legDistance).toEqual(alongLine(stop('e').legKm));
    // A figure that spans several legs is not the figure of its last leg alone.
    expect(stop('d').legDistance.basis).toBe('line');
  });

  it('adds published figures from the start, across a figure that spans legs', () => {
    expect(stop('c').cumulative).toMatchObject({ basis: 'rail', km: 420 });
    expect(stop('d').cumulative).toMatchObject({ basis: 'rail', km: 560 });
    expect((stop('d').cumulative as Extract<DistanceOfRecord, { basis: 'rail' }>).sources.map((s) => s.km)).toEqual([
      300, 260,
    ]);
  });

  it('marks a running total with a drawn part as approximate', () => {
    expect(stop('e').cumulative).toMatchObject({ basis: 'line', partlyRail: true });
    expect(stop('e').cumulative.km).toBeCloseTo(560 + ONE_DEGREE_KM, 0);
    expect(stop('n').cumulative).toMatchObject({ basis: 'line', km: expect.closeTo(420 + ONE_DEGREE_KM, 0) });
  });

  it('times each leg and each running total by the figure shown', () => {
    expect(stop('b').legHours).toBeCloseTo(300 / 50, 5);
    expect(stop('d').cumulativeHours).toBeCloseTo(560 / 50, 5);
    expect(stop('e').legHours).toBeCloseTo(stop('e').legKm / 50, 5);
  });

  it('measures between two stops by their published figures where they run the whole way', () => {
    expect(distanceAlongRoute(route, 'a', 'd')).toMatchObject({ basis: 'rail', km: 560 });
    expect(distanceAlongRoute(route, 'd', 'b')).toMatchObject({ basis: 'rail', km: 260 });
  });

  it('falls back to the drawn legs where a spanning figure starts before the stretch asked for', () => {
    // c → d: the 260 km figure runs from b, so c → d alone is only known along the line.
    expect(distanceAlongRoute(route, 'c', 'd')).toMatchObject({ basis: 'line', partlyRail: false });
    // n → b: up the branch (drawn) and back along b → c (published).
    expect(distanceAlongRoute(route, 'n', 'b')).toMatchObject({ basis: 'line', partlyRail: true });
    expect(distanceAlongRoute(route, 'a', 'nowhere')).toBeNull();
  });
});

describe('published figures along the rail network', () => {
  const route = buildRouteGeometry(
    [
      { place: 'a', via: [] },
      { place: 'b', via: [], rail: rail(130) },
      { place: 'c', via: [] },
      { place: 'd', via: [], rail: rail(260, 'Span', 'b') },
    ],
    places,
  );
  const network = buildRailNetwork([route]);

  it('uses a figure that spans legs for a journey over all of them, either way', () => {
    expect(publishedRailKm(routeOnNetwork(network, 'a', 'd')!)?.km).toBe(390);
    expect(publishedRailKm(routeOnNetwork(network, 'd', 'a')!)?.km).toBe(390);
  });

  it('has no published figure for a journey over part of a spanning figure', () => {
    expect(publishedRailKm(routeOnNetwork(network, 'a', 'c')!)).toBeNull();
  });
});
