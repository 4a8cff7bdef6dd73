import { describe, expect, it } from 'vitest';
import { basemapFiles, interactiveMapData } from '../../../src/lib/geo/interactiveMapData.ts';
import type { RouteMapData, StopRow } from '../../../src/lib/geo/routeMapData.ts';

const stop = (id: string, side: 'left' | 'right'): StopRow =>
  ({ id, label: { side, shift: 0 }, position: [130, 42] }) as unknown as StopRow;

const DATA: RouteMapData = {
  route: {
    id: 'test-line',
    title: 'A line',
    summary: 'A line.',
    citations: [],
    totalKm: 10,
    total: { basis: 'line', km: 10, partlyRail: false },
    approximateStretches: [],
    stops: [stop('on-route', 'left')],
    lines: [
      [
        [129.123456, 42.987654],
        [130.000049, 43.00005],
      ],
    ],
    figures: [],
  },
  trips: [
    {
      slug: 'a-trip',
      title: 'A trip',
      mode: 'train',
      destination: 'off-route',
      places: [
        { id: 'off-route', name: 'Off', position: [1, 2] },
        { id: 'named', name: 'Named', position: [3, 4], label: { side: 'left', shift: 1 } },
      ],
      segments: [
        {
          mode: 'train',
          line: [[100.55555555, 50.44444444]],
          rail: { km: 9, source: 'x', url: 'https://example.org' },
        } as unknown as RouteMapData['trips'][number]['segments'][number],
      ],
    },
  ],
};

describe('interactiveMapData', () => {
  const data = interactiveMapData(DATA);

  it('rounds every coordinate to four decimals, about 10 m', () => {
    expect(data.route.lines[0]).toEqual([
      [129.1235, 42.9877],
      [130, 43.0001],
    ]);
    expect(data.trips[0]!.segments[0]!.line).toEqual([[100.5556, 50.4444]]);
  });

  it('leaves the published rail distances to the page’s table', () => {
    expect(data.trips[0]!.segments[0]).not.toHaveProperty('rail');
    expect(DATA.trips[0]!.segments[0]).toHaveProperty('rail');
  });

  it('gives every place on a trip or the route a label side, right of the dot by default', () => {
    expect(data.labelPlacements).toEqual({
      'off-route': { side: 'right', shift: 0 },
      named: { side: 'left', shift: 1 },
      'on-route': { side: 'left', shift: 0 },
    });
  });

  it('lists the basemap files at their addresses under /map-data/', () => {
    expect(data.basemaps).toEqual(basemapFiles());
    expect(data.basemaps.length).toBeGreaterThan(0);
    for (const file of data.basemaps) {
      expect(file.url).toBe(`/map-data/${file.id}.json`);
      expect(file.minZoom).toBeLessThan(file.maxZoom);
    }
  });
});
