import { describe, expect, it } from 'vitest';
import { fitFrame, projectPoint, svgPath } from '../../../src/lib/geo/svgProjection.ts';
import type { LngLat } from '../../../src/lib/geo/lngLat.ts';

/** The absolute points of each subpath of path data written with M, L, l and Z. */
function absolutePoints(d: string): Array<Array<[number, number]>> {
  const subpaths: Array<Array<[number, number]>> = [];
  const tokens = d.match(/[MLlZ]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  let command = '';
  let current: [number, number] = [0, 0];
  for (let index = 0; index < tokens.length;) {
    const token = tokens[index]!;
    if (/^[MLlZ]$/.test(token)) {
      command = token;
      index += 1;
      if (command === 'Z') continue;
    }
    const x = Number(tokens[index]);
    const y = Number(tokens[index + 1]);
    index += 2;
    current = command === 'l' ? [current[0] + x, current[1] + y] : [x, y];
    current = [Math.round(current[0] * 10) / 10, Math.round(current[1] * 10) / 10];
    if (command === 'M') subpaths.push([current]);
    else subpaths.at(-1)!.push(current);
  }
  return subpaths;
}

const frame = fitFrame({ west: 124, south: 38, east: 133, north: 44 }, 640, 640);
const coast: LngLat[] = [
  [125.75, 39.03],
  [127.54, 39.92],
  [129.78, 41.8],
  [130.39, 42.34],
  [130.64, 42.43],
  [130.6444, 42.4301],
  [131.88, 43.12],
];

describe('svgPath', () => {
  it('draws every point where projectPoint puts it, to a tenth, however long the line', () => {
    const drawn = absolutePoints(svgPath(frame, [coast]));
    const expected = coast.map((point) => projectPoint(frame, point));
    // The point that rounds onto the one before it is left out; the rest are exact.
    const distinct = expected.filter((point, index) => index === 0 || point.join() !== expected[index - 1]!.join());
    expect(drawn).toEqual([distinct]);
  });

  it('writes the steps as short relative numbers, and closes rings', () => {
    const ring: LngLat[] = [
      [125, 39],
      [126, 39],
      [126, 40],
      [125, 39],
    ];
    const d = svgPath(frame, [ring, coast]);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).toMatch(/^M[^M]*Z M|^M[^M]*ZM/);
    expect(d).not.toMatch(/L/);
    expect(d).not.toMatch(/\d\.\d{2}/);
    expect(d).not.toMatch(/(^|[^\d])0\./);
    expect(absolutePoints(d)[0]).toEqual(ring.slice(0, -1).map((point) => projectPoint(frame, point)));
  });

  it('keeps a line whose points all fall on one spot, as a dot', () => {
    expect(
      svgPath(frame, [
        [
          [130, 42],
          [130.00001, 42.00001],
        ],
      ]),
    ).toMatch(/^M[\d. -]+l0 0$/);
  });
});
