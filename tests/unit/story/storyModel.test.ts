import { describe, expect, it } from 'vitest';
import { buildRouteGeometry, type PlaceForMap } from '../../../src/lib/geo/routeGeometry.ts';
import { buildStoryStages, clientStages } from '../../../src/lib/story/storyModel.ts';
import { partialDate } from '../../support/dates.ts';

const place = (id: string, longitude: number, latitude: number): [string, PlaceForMap] => [
  id,
  { id, name: { en: `Town ${id.toUpperCase()}` }, position: [longitude, latitude], kind: 'city', country: 'RU' },
];
const places = new Map([place('a', 0, 0), place('b', 1.123456, 0), place('c', 5, 0)]);
const route = buildRouteGeometry(
  [
    { place: 'a', via: [] },
    { place: 'b', via: [] },
    { place: 'c', via: [] },
  ],
  places,
);
const stages = buildStoryStages(route, places, [
  { id: 'out', title: 'Out', start: partialDate('2023-09-10'), end: partialDate('2023-09-11'), from: 'a', to: 'b' },
  { id: 'on', title: 'On', start: partialDate('2023-09-12'), from: 'b', to: 'c' },
  { id: 'back', title: 'Back', start: partialDate('2023-09-13'), from: 'c', to: 'a' },
]);

describe('buildStoryStages', () => {
  it('words each stage’s dates and announcement, and names where the train stands', () => {
    expect(stages.map((stage) => stage.announcement)).toEqual([
      'Stage 1 of 3: Out, 10–11 September 2023',
      'Stage 2 of 3: On, 12 September 2023',
      'Stage 3 of 3: Back, 13 September 2023',
    ]);
    expect(stages.map((stage) => [stage.startIso, stage.endIso])).toEqual([
      ['2023-09-10', '2023-09-11'],
      ['2023-09-12', undefined],
      ['2023-09-13', undefined],
    ]);
    expect(stages.map((stage) => stage.placeName)).toEqual(['Town B', 'Town C', 'Town A']);
  });

  it('lists each place reached so far once, the start first', () => {
    expect(stages.map((stage) => stage.visited.map((visited) => visited.id))).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ]);
  });

  it('frames each stage with room round its own line', () => {
    const [out, on] = stages;
    expect(out!.frame.west).toBeLessThan(0);
    expect(out!.frame.east).toBeGreaterThan(1.123456);
    expect(on!.frame.west).toBeLessThan(1.123456);
    expect(on!.frame.west).toBeGreaterThan(out!.frame.west);
  });
});

describe('clientStages', () => {
  it('hands the script each stage’s own line, not the whole journey, rounded to about 10 m', () => {
    const payload = clientStages(stages);
    expect(payload[0]!.line).toEqual([
      [0, 0],
      [1.1235, 0],
    ]);
    expect(payload[2]!.line).toHaveLength(3);
    expect(payload[1]!.position).toEqual([5, 0]);
    expect(Object.keys(payload[0]!).sort()).toEqual(['announcement', 'frame', 'id', 'line', 'placeName', 'position']);
  });
});
