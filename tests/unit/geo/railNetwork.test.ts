import { describe, expect, it } from 'vitest';
import { buildRouteGeometry, type PlaceForMap } from '../../../src/lib/geo/routeGeometry.ts';
import { buildRailNetwork, networkKm, pathOnNetwork } from '../../../src/lib/geo/railNetwork.ts';

/** Two lines that meet at j: a — j — b along the equator, and j — n north of it. */
const place = (id: string, longitude: number, latitude: number): [string, PlaceForMap] => [
  id,
  { id, name: { en: id }, position: [longitude, latitude], kind: 'city', country: 'RU' },
];
const places = new Map([place('a', 0, 0), place('j', 1, 0), place('b', 2, 0), place('n', 1, 2), place('lone', 9, 9)]);
const ONE_DEGREE_KM = 111.195;

const main = buildRouteGeometry(
  [
    { place: 'a', via: [] },
    { place: 'j', via: [] },
    { place: 'b', via: [] },
  ],
  places,
);
const branch = buildRouteGeometry(
  [
    { place: 'n', via: [] },
    { place: 'j', via: [[1, 1]] },
  ],
  places,
);
const network = buildRailNetwork([main, branch]);

describe('the rail network', () => {
  it('goes from one line to another where they share a place', () => {
    const path = pathOnNetwork(network, 'a', 'n')!;
    expect(path.map(([x, y]) => `${x},${y}`)).toEqual(['0,0', '1,0', '1,1', '1,2']);
    expect(networkKm(network, 'a', 'n')).toBeCloseTo(3 * ONE_DEGREE_KM, 0);
  });

  it('runs a line backwards as well as forwards', () => {
    expect(pathOnNetwork(network, 'b', 'a')!.map(([x]) => x)).toEqual([2, 1, 0]);
  });

  it('has no path to a place off the railways', () => {
    expect(pathOnNetwork(network, 'a', 'lone')).toBeNull();
  });
});
