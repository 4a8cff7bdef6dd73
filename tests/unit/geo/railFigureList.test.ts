import { describe, expect, it } from 'vitest';
import { listRailFigures, railFigureNumbers } from '../../../src/lib/geo/railFigureList.ts';
import type { RailDistance } from '../../../src/lib/geo/routeGeometry.ts';

const rail = (km: number, from?: string): RailDistance => ({
  km,
  source: `Table ${km}`,
  url: `https://example.org/${km}`,
  ...(from === undefined ? {} : { from }),
});
const first = rail(300);
const spanning = rail(260, 'a');
const STOPS = [
  { name: { en: 'A' }, legFromName: null, rail: undefined, railFromName: undefined },
  { name: { en: 'B' }, legFromName: 'A', rail: first, railFromName: undefined },
  { name: { en: 'C' }, legFromName: 'B', rail: undefined, railFromName: undefined },
  { name: { en: 'D' }, legFromName: 'C', rail: spanning, railFromName: 'A' },
];

describe('the list of rail figures under the stop table', () => {
  const list = listRailFigures(STOPS);

  it('numbers every published figure in the order of the stops, with the stretch it covers', () => {
    expect(list.map(({ number, fromName, toName, rail: figure }) => [number, fromName, toName, figure.km])).toEqual([
      [1, 'A', 'B', 300],
      [2, 'A', 'D', 260],
    ]);
  });

  it('finds the numbers of the figures a running total adds up', () => {
    expect(railFigureNumbers(list, [spanning, first])).toEqual([1, 2]);
    expect(railFigureNumbers(list, [{ ...first }])).toEqual([1]);
  });
});
