import { describe, expect, it } from 'vitest';
import { buildRouteGeometry, type PlaceForMap } from '../../../src/lib/geo/routeGeometry.ts';
import { buildStageGeometry } from '../../../src/lib/geo/stageGeometry.ts';

/** A made-up line on the equator, a — b — c, with a branch b — d to the north. */
const place = (id: string, longitude: number, latitude: number): [string, PlaceForMap] => [
  id,
  { id, name: { en: id.toUpperCase() }, position: [longitude, latitude], kind: 'city', country: 'RU' },
];
const places = new Map([place('a', 0, 0), place('b', 1, 0), place('c', 3, 0), place('d', 1, 2)]);
const ONE_DEGREE_KM = 111.195;
const route = buildRouteGeometry(
  [
    { place: 'a', via: [] },
    { place: 'b', via: [] },
    { place: 'c', via: [[0, 2]] },
    { place: 'd', branchFrom: 'b', via: [[1, 1]] },
  ],
  places,
);

describe('buildStageGeometry', () => {
  const stages = buildStageGeometry(route, [
    { id: 'out', from: 'a', to: 'c' },
    { id: 'stay', from: 'c', to: 'c' },
    { id: 'branch', from: 'c', to: 'd' },
    { id: 'home', from: 'd', to: 'a' },
  ]);

  it('slices each stage from the route, through its shape points and junctions', () => {
    expect(stages[0]!.line).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    // c back to the junction b, then up the branch to d.
    expect(stages[2]!.line).toEqual([
      [3, 0],
      [2, 0],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
  });

  it('measures each stage along its line, and the distance travelled so far', () => {
    expect(stages[0]!.km).toBeCloseTo(3 * ONE_DEGREE_KM, 0);
    expect(stages[2]!.km).toBeCloseTo(4 * ONE_DEGREE_KM, 0);
    expect(stages[2]!.travelledKm).toBeCloseTo(7 * ONE_DEGREE_KM, 0);
    expect(stages[3]!.km).toBeCloseTo(3 * ONE_DEGREE_KM, 0);
    expect(stages[3]!.travelledKm).toBeCloseTo(10 * ONE_DEGREE_KM, 0);
  });

  it('keeps a stage that stays put: no line, no distance, the train at its stop, framed on it', () => {
    const stay = stages[1]!;
    expect(stay.line).toEqual([]);
    expect(stay.km).toBe(0);
    expect(stay.travelled).toEqual(stages[0]!.travelled);
    expect(stay.position).toEqual([3, 0]);
    expect(stay.focus).toEqual({ west: 3, east: 3, south: 0, north: 0 });
  });

  it('draws as travelled every line so far, and puts the train at the end of the stage', () => {
    expect(stages.map((stage) => stage.travelled.length)).toEqual([1, 1, 2, 3]);
    expect(stages[3]!.travelled[2]).toEqual(stages[3]!.line);
    expect(stages.map((stage) => stage.position)).toEqual([
      [3, 0],
      [3, 0],
      [1, 2],
      [0, 0],
    ]);
  });

  it('frames a stage on its own line, not on the whole journey', () => {
    expect(stages[0]!.focus).toEqual({ west: 0, east: 3, south: 0, north: 0 });
    expect(stages[2]!.focus).toEqual({ west: 1, east: 3, south: 0, north: 2 });
  });

  it('gives each stage and the way so far the published figures where they cover it', () => {
    const published = buildRouteGeometry(
      [
        { place: 'a', via: [] },
        { place: 'b', via: [], rail: { km: 150, source: 'A table', url: 'https://example.org/t' } },
        { place: 'c', via: [] },
      ],
      places,
    );
    const [first, second] = buildStageGeometry(published, [
      { id: 'one', from: 'a', to: 'b' },
      { id: 'two', from: 'b', to: 'c' },
    ]);
    expect(first!.distance).toMatchObject({ basis: 'rail', km: 150 });
    expect(second!.distance).toMatchObject({ basis: 'line', partlyRail: false });
    expect(second!.travelledDistance).toMatchObject({ basis: 'line', partlyRail: true });
    expect(second!.travelledDistance.km).toBeCloseTo(150 + 2 * ONE_DEGREE_KM, 0);
  });

  it('refuses a stage that names a place off the route', () => {
    expect(() => buildStageGeometry(route, [{ id: 'lost', from: 'a', to: 'nowhere' }])).toThrow(/nowhere/);
  });
});
