import { describe, expect, it } from 'vitest';
import { buildRouteGeometry, pathAlongRoute, type PlaceForMap } from '../../../src/lib/geo/routeGeometry.ts';
import { tripRouteGeometry, type TripForMap } from '../../../src/lib/geo/tripRouteGeometry.ts';
import { distanceKm } from '../../../src/lib/geo/distance.ts';
import { buildRailNetwork } from '../../../src/lib/geo/railNetwork.ts';

/** A T-shaped network on the equator: a — b, then b branches to c (north) and d (south). */
const place = (id: string, longitude: number, latitude: number): [string, PlaceForMap] => [
  id,
  { id, name: { en: id.toUpperCase() }, position: [longitude, latitude], kind: 'city', country: 'RU' },
];
const places = new Map([place('a', 0, 0), place('b', 2, 0), place('c', 2, 1), place('d', 2, -1), place('far', 40, 0)]);
const ONE_DEGREE_KM = 111.195;

const route = buildRouteGeometry(
  [
    { place: 'a', via: [[0, 1]] },
    { place: 'b', via: [[0, 1]] },
    { place: 'c', via: [] },
    { place: 'd', branchFrom: 'b', via: [] },
  ],
  places,
);

describe('buildRouteGeometry', () => {
  it('measures each leg along its shape points, not straight', () => {
    // a → (1°E) → b is two one-degree segments; the via point lies on the straight line here.
    expect(route.stops[1]!.legKm).toBeCloseTo(2 * ONE_DEGREE_KM, 0);
    expect(route.stops[2]!.legKm).toBeCloseTo(ONE_DEGREE_KM, 0);
  });

  it('counts a branch from its junction, not from the stop before it', () => {
    const d = route.stops[3]!;
    expect(d.legFrom).toBe('b');
    expect(d.cumulative.km).toBeCloseTo(3 * ONE_DEGREE_KM, 0);
    expect(route.totalKm).toBeCloseTo(4 * ONE_DEGREE_KM, 0);
  });

  it('estimates time at 50 km/h', () => {
    expect(route.stops[2]!.legHours).toBeCloseTo(ONE_DEGREE_KM / 50, 2);
  });

  it('names a stop that is not a place', () => {
    expect(() =>
      buildRouteGeometry(
        [
          { place: 'a', via: [] },
          { place: 'nowhere', via: [] },
        ],
        places,
      ),
    ).toThrow(/"nowhere"/);
  });
});

describe('pathAlongRoute', () => {
  it('goes back up a branch and down the other without doubling back', () => {
    const path = pathAlongRoute(route, 'c', 'd')!;
    expect(path.map(([x, y]) => `${x},${y}`)).toEqual(['2,1', '2,0', '2,-1']);
  });

  it('runs backwards along the legs', () => {
    const path = pathAlongRoute(route, 'b', 'a')!;
    expect(path.map(([x, y]) => `${x},${y}`)).toEqual(['2,0', '1,0', '0,0']);
  });

  it('is null for a place off the route', () => {
    expect(pathAlongRoute(route, 'a', 'far')).toBeNull();
  });
});

const railways = buildRailNetwork([route]);

/** The segments drawn for a trip over the network above, each as "from-to:kind". */
const segmentsOf = (trip: Omit<TripForMap, 'slug'>) =>
  tripRouteGeometry({ slug: 't', ...trip }, places, railways).map(
    (segment) => `${segment.from}-${segment.to}:${segment.kind}`,
  );
/** The length of the one segment drawn for a trip between two places. */
const onlySegmentKm = (trip: Omit<TripForMap, 'slug'>) => {
  const segments = tripRouteGeometry({ slug: 't', ...trip }, places, railways);
  expect(segments).toHaveLength(1);
  return segments[0]!.km;
};

describe('tripRouteGeometry', () => {
  it('follows the railway for a train trip between stops of the route', () => {
    const trip = { mode: 'train', places: ['a', 'd'], destination: 'd' } as const;
    expect(segmentsOf(trip)).toEqual(['a-d:rail']);
    expect(onlySegmentKm(trip)).toBeCloseTo(3 * ONE_DEGREE_KM, 0);
  });

  it('draws a great-circle arc for a flight, even between rail stops', () => {
    const trip = { mode: 'plane', places: ['a', 'c'], destination: 'c' } as const;
    expect(segmentsOf(trip)).toEqual(['a-c:air']);
    expect(onlySegmentKm(trip)).toBeCloseTo(distanceKm([0, 0], [2, 1]), 1);
  });

  it('marks a train trip off the mapped railway as approximate', () => {
    expect(segmentsOf({ mode: 'train', places: ['a', 'b', 'far'], destination: 'far' })).toEqual([
      'a-b:rail',
      'b-far:approximate',
    ]);
  });

  it('draws the last stretch of a trip by train then car as a road, the rest along the railway', () => {
    const trip = { mode: 'train-and-car', places: ['a', 'b', 'far'], destination: 'far' } as const;
    expect(segmentsOf(trip)).toEqual(['a-b:rail', 'b-far:road']);
  });

  it('follows the railway back over legs already travelled, for a journey that doubles back', () => {
    expect(segmentsOf({ mode: 'train', places: ['a', 'd', 'b', 'a'], destination: 'd' })).toEqual([
      'a-d:rail',
      'd-b:rail',
      'b-a:rail',
    ]);
  });
});

describe('tripRouteGeometry with the way each stop was reached', () => {
  it('draws a stretch by car as a road and a flight as an arc, whatever the trip as a whole', () => {
    const arrivals = [undefined, undefined, 'car', 'plane'] as const;
    expect(segmentsOf({ mode: 'train', places: ['a', 'b', 'far', 'c'], destination: 'far', arrivals })).toEqual([
      'a-b:rail',
      'b-far:road',
      'far-c:air',
    ]);
  });
});

describe('estimated times', () => {
  const rail = { km: 300, source: 'A line table', url: 'https://example.org/line' };
  const timed = buildRouteGeometry(
    [
      { place: 'a', via: [] },
      { place: 'b', via: [], rail },
      { place: 'c', via: [] },
    ],
    places,
  );

  it('times a leg from its published rail distance, and says so', () => {
    expect(timed.stops[1]!.legKm).toBeCloseTo(2 * ONE_DEGREE_KM, 0);
    expect(timed.stops[1]!.legHours).toBeCloseTo(300 / 50, 5);
    expect(timed.stops[1]!.legDistance.basis).toBe('rail');
  });

  it('times a leg without one from the drawn line', () => {
    expect(timed.stops[2]!.legHours).toBeCloseTo(ONE_DEGREE_KM / 50, 2);
    expect(timed.stops[2]!.legDistance.basis).toBe('line');
  });

  it('adds the leg times up, each from its own basis', () => {
    expect(timed.stops[2]!.cumulativeHours).toBeCloseTo(300 / 50 + ONE_DEGREE_KM / 50, 2);
  });

  it('gives a trip by rail the published distance only where every leg it follows has one', () => {
    const network = buildRailNetwork([timed]);
    const trip = (to: string) =>
      tripRouteGeometry({ slug: 't', mode: 'train', places: ['a', to], destination: to }, places, network)[0]!;
    expect(trip('b').rail).toEqual({ km: 300, sources: [rail] });
    expect(trip('c').rail).toBeUndefined();
  });
});
