import { describe, expect, it } from 'vitest';
import { buildRouteMapData, type RouteInput } from '../../../src/lib/geo/routeMapData.ts';
import type { PlaceForMap } from '../../../src/lib/geo/routeGeometry.ts';
import { partialDate } from '../../support/dates.ts';

/** Three made-up places on a line of latitude, so every distance is easy to reason about. */
const LINE_PLACES: PlaceForMap[] = [
  { id: 'west', name: { en: 'West', ko: '서' }, position: [10, 0], kind: 'city', country: 'KP' },
  { id: 'middle', name: { en: 'Middle', ru: 'Середина' }, position: [11, 0], kind: 'station', country: 'RU' },
  {
    id: 'east',
    name: { en: 'East' },
    position: [12, 0],
    kind: 'city',
    country: 'RU',
    label: { side: 'left', shift: -1 },
  },
];
const PLACES = new Map(LINE_PLACES.map((place) => [place.id, place]));

const ROUTE: RouteInput = {
  id: 'test-line',
  title: 'West to East',
  summary: 'A line along the equator.',
  citations: ['passage-a'],
  stops: [
    { place: 'west', via: [], passage: 'passage-a', date: partialDate('2023-09-10') },
    { place: 'middle', via: [], rail: { km: 120, source: 'A table', url: 'https://example.org/table' } },
    { place: 'east', via: [] },
  ],
  figures: [{ passage: 'passage-b', words: 'about 220 km', from: 'west', to: 'east' }],
};

const TRIP = {
  slug: 'a-trip',
  title: 'A trip',
  mode: 'train' as const,
  places: ['west', 'east', 'west'],
  destination: 'east',
};

describe('buildRouteMapData', () => {
  const data = buildRouteMapData(ROUTE, PLACES, [TRIP], [], new Map([['passage-a', '/sources/#passage-passage-a']]));

  it('gives each stop the names a reader sees, its native name and the leg it ends', () => {
    expect(data.route.stops.map((stop) => [stop.id, stop.legFromName, stop.nativeName, stop.nativeLang])).toEqual([
      ['west', null, '서', 'ko'],
      ['middle', 'West', 'Середина', 'ru'],
      ['east', 'Middle', undefined, undefined],
    ]);
  });

  it('keeps a stop’s published rail distance and uses it for the time, and adds up the drawn legs', () => {
    const middle = data.route.stops[1]!;
    expect(middle.rail?.km).toBe(120);
    expect(middle.legDistance.basis).toBe('rail');
    expect(data.route.stops[2]!.legDistance.basis).toBe('line');
    // One degree of longitude at the equator is about 111 km.
    expect(middle.legKm).toBeCloseTo(111.2, 0);
    expect(data.route.totalKm).toBeCloseTo(222.4, 0);
  });

  it('places a name where the place file says, right of the dot otherwise', () => {
    expect(data.route.stops.map((stop) => stop.label)).toEqual([
      { side: 'right', shift: 0 },
      { side: 'right', shift: 0 },
      { side: 'left', shift: -1 },
    ]);
  });

  it('links a stop’s passage to where the sources pages show it, and only when it has one', () => {
    expect(data.route.stops[0]!.passageHref).toBe('/sources/#passage-passage-a');
    expect(data.route.stops[1]!.passageHref).toBeUndefined();
  });

  it('measures a quoted distance along the route and straight across', () => {
    const [figure] = data.route.figures;
    expect(figure).toMatchObject({ passage: 'passage-b', fromName: 'West', toName: 'East' });
    // West → Middle is published (120 km), Middle → East only drawn (about 111 km).
    expect(figure!.along).toMatchObject({ basis: 'line', partlyRail: true, km: expect.closeTo(231.2, 0) });
    expect(figure!.straightKm).toBeCloseTo(222.4, 0);
    expect(figure!.hours).toBeGreaterThan(0);
  });

  it('carries each trip’s mode and lists each of its places once, with names', () => {
    const [trip] = data.trips;
    expect(trip).toMatchObject({ slug: 'a-trip', title: 'A trip', mode: 'train', destination: 'east' });
    expect(trip!.places.map((place) => [place.id, place.name, place.nativeName])).toEqual([
      ['west', 'West', '서'],
      ['east', 'East', undefined],
    ]);
    expect(trip!.segments.length).toBeGreaterThan(0);
  });

  it('gives each place of a trip the dates and notes of its visits, for its popup', () => {
    const dated = {
      ...TRIP,
      visits: [{ date: partialDate('2023-09-10') }, { date: partialDate('2023-09-12'), note: 'The summit.' }, {}],
    };
    const [trip] = buildRouteMapData(ROUTE, PLACES, [dated]).trips;
    expect(trip!.places.map((place) => [place.id, place.visits])).toEqual([
      ['west', [{ date: partialDate('2023-09-10') }]],
      ['east', [{ date: partialDate('2023-09-12'), note: 'The summit.' }]],
    ]);
  });

  it('refuses a trip through a place that does not exist', () => {
    const lost = { ...TRIP, places: ['west', 'nowhere'] };
    expect(() => buildRouteMapData(ROUTE, PLACES, [lost])).toThrow(/nowhere|not in content\/places/);
  });
});
