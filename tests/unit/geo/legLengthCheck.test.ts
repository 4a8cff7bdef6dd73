import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareLegLengths, describeLegLength, legsOffTheirRailDistance } from '../../../src/lib/geo/legLengthCheck.ts';
import type { PlaceForMap, RouteStopInput } from '../../../src/lib/geo/routeGeometry.ts';
import { readYaml } from '../../../src/lib/content/readYaml.ts';
import { PROJECT_ROOT } from '../../../scripts/lib/tempProject.ts';

/** Three places one degree apart on the equator: a — b — c, each leg 111 km straight. */
const place = (id: string, longitude: number, latitude: number): [string, PlaceForMap] => [
  id,
  { id, name: { en: id }, position: [longitude, latitude], kind: 'station', country: 'RU' },
];
const places = new Map([place('a', 0, 0), place('b', 1, 0), place('c', 2, 0)]);
const rail = (km: number) => ({ km, source: 'A made-up line table', url: 'https://example.org/line' });

describe('compareLegLengths', () => {
  const stops: RouteStopInput[] = [
    { place: 'a', via: [] },
    // 111 km drawn against 120 km by rail: 7 % short, within the 15 % allowed.
    { place: 'b', via: [], rail: rail(120) },
    // 111 km drawn against 150 km by rail: 26 % short.
    { place: 'c', via: [], rail: rail(150) },
  ];

  it('compares only the legs with a recorded rail distance', () => {
    const legs = compareLegLengths(stops, places);
    expect(legs.map((leg) => [leg.from, leg.place, leg.withinTolerance])).toEqual([
      ['a', 'b', true],
      ['b', 'c', false],
    ]);
    expect(legs[0]!.drawnKm).toBeCloseTo(111.2, 1);
  });

  it('names the leg drawn more than 15 % off its rail distance, with both lengths', () => {
    const [leg, ...others] = legsOffTheirRailDistance(stops, places);
    expect(others).toEqual([]);
    expect(leg).toMatchObject({ index: 2, from: 'b', place: 'c', railKm: 150 });
    expect(describeLegLength(leg!)).toBe('drawn 111 km, 26 % shorter than the 150 km by rail');
  });

  it('passes the leg once points along the track make it long enough', () => {
    // A detour north through [0.4, 1.5] lengthens b → c to about 151 km.
    const detour: RouteStopInput[] = [stops[0]!, stops[1]!, { ...stops[2]!, via: [[0.4, 1.5]] }];
    expect(legsOffTheirRailDistance(detour, places)).toEqual([]);
  });

  it('refuses a leg drawn far longer than the railway too', () => {
    const loop: RouteStopInput[] = [stops[0]!, { place: 'b', via: [[2, 0.5]], rail: rail(120) }];
    expect(legsOffTheirRailDistance(loop, places).map(describeLegLength)).toEqual([
      'drawn 458 km, 282 % longer than the 120 km by rail',
    ]);
  });

  it('leaves out a leg marked as drawn too roughly to measure', () => {
    const marked: RouteStopInput[] = [stops[0]!, stops[1]!, { ...stops[2]!, line: 'approximate' }];
    expect(compareLegLengths(marked, places).map((leg) => leg.place)).toEqual(['b']);
  });

  it('measures a figure that spans legs along all of them', () => {
    // a → b → c is drawn 222 km: within 15 % of 240 km, far from 300 km.
    const span = (km: number): RouteStopInput[] => [
      { place: 'a', via: [] },
      { place: 'b', via: [] },
      { place: 'c', via: [], rail: { ...rail(km), from: 'a' } },
    ];
    expect(compareLegLengths(span(240), places)).toMatchObject([{ from: 'a', place: 'c', withinTolerance: true }]);
    expect(legsOffTheirRailDistance(span(300), places).map(describeLegLength)).toEqual([
      'drawn 222 km, 26 % shorter than the 300 km by rail',
    ]);
  });

  it('measures a branch from the stop it leaves', () => {
    const branch: RouteStopInput[] = [
      { place: 'a', via: [] },
      { place: 'b', via: [] },
      { place: 'c', branchFrom: 'a', via: [], rail: rail(230) },
    ];
    expect(compareLegLengths(branch, places)).toMatchObject([{ from: 'a', place: 'c', withinTolerance: true }]);
  });
});

interface RouteFile {
  stops: Array<RouteStopInput & { via?: RouteStopInput['via'] }>;
}

/** The places and routes of a content folder, read the way the validator reads them. */
async function readRoutes(contentDir: string) {
  const places = new Map<string, PlaceForMap>();
  for (const name of await readdir(join(contentDir, 'places'))) {
    const id = name.replace(/\.yaml$/, '');
    const data = readYaml(await readFile(join(contentDir, 'places', name), 'utf8')) as {
      name: { en: string };
      latitude: number;
      longitude: number;
      kind: string;
      country: string;
    };
    places.set(id, {
      id,
      name: data.name,
      position: [data.longitude, data.latitude],
      kind: data.kind,
      country: data.country,
    });
  }
  const routes = await Promise.all(
    (await readdir(join(contentDir, 'routes'))).sort().map(async (name) => {
      const data = readYaml(await readFile(join(contentDir, 'routes', name), 'utf8')) as RouteFile;
      return { file: `content/routes/${name}`, stops: data.stops.map((stop) => ({ ...stop, via: stop.via ?? [] })) };
    }),
  );
  return { places, routes };
}

describe('the routes of content/routes/', () => {
  it('draw every leg within 15 % of the rail distance recorded with it', async () => {
    const { places: contentPlaces, routes } = await readRoutes(join(PROJECT_ROOT, 'content'));
    const offLegs = routes.flatMap(({ file, stops }) =>
      legsOffTheirRailDistance(stops, contentPlaces).map(
        (leg) => `${file} stops.${leg.index} (${leg.from} to ${leg.place}): ${describeLegLength(leg)}`,
      ),
    );
    expect(offLegs).toEqual([]);
  });
});
