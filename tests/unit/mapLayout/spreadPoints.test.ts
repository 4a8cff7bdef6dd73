import { describe, expect, it } from 'vitest';
import { spreadPoints, spreadWithin, type ScreenPoint } from '../../../src/lib/mapLayout/spreadPoints.ts';

const GAP = 28;

function placed(points: ScreenPoint[], gap = GAP): ScreenPoint[] {
  return spreadPoints(points, gap).map((offset, index) => ({
    x: points[index]!.x + offset.dx,
    y: points[index]!.y + offset.dy,
  }));
}

function closestPair(points: ScreenPoint[]): number {
  let closest = Infinity;
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
  }
  return closest;
}

describe('spreadPoints', () => {
  it('leaves points that are already a gap apart where they are', () => {
    const offsets = spreadPoints(
      [
        { x: 0, y: 0 },
        { x: 40, y: 0 },
        { x: 0, y: 90 },
      ],
      GAP,
    );
    expect(offsets).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('pushes a close pair apart equally, along the line between them', () => {
    const result = placed([
      { x: 100, y: 100 },
      { x: 110, y: 100 },
    ]);
    expect(closestPair(result)).toBeGreaterThanOrEqual(GAP);
    expect(result[0]!.y).toBeCloseTo(100);
    expect(result[1]!.y).toBeCloseTo(100);
    // West stays west: the pair keeps its direction and its midpoint.
    expect(result[0]!.x).toBeLessThan(result[1]!.x);
    expect((result[0]!.x + result[1]!.x) / 2).toBeCloseTo(105);
  });

  it('keeps square targets from overlapping where a pair is close on a slant', () => {
    // 29 px apart as the crow flies, yet 24 px squares round them would overlap by a corner.
    const result = placed([
      { x: 100, y: 100 },
      { x: 123, y: 118 },
    ]);
    const apart = Math.max(Math.abs(result[1]!.x - result[0]!.x), Math.abs(result[1]!.y - result[0]!.y));
    expect(apart).toBeGreaterThanOrEqual(GAP);
  });

  it('separates points on the very same spot, the later one below', () => {
    const result = placed([
      { x: 50, y: 50 },
      { x: 50, y: 50 },
    ]);
    expect(closestPair(result)).toBeGreaterThanOrEqual(GAP);
    expect(result[1]!.y).toBeGreaterThan(result[0]!.y);
  });

  it('spreads a crowd until every pair is a gap apart, keeping far points still', () => {
    const crowd = [
      { x: 200, y: 200 },
      { x: 203, y: 201 },
      { x: 199, y: 206 },
      { x: 206, y: 204 },
    ];
    const far = { x: 20, y: 20 };
    const result = placed([...crowd, far]);
    expect(closestPair(result)).toBeGreaterThanOrEqual(GAP - 0.01);
    expect(result[4]).toEqual(far);
    // Each stays near home: a cluster, not a scatter across the map.
    for (const [index, point] of crowd.entries()) {
      expect(Math.hypot(result[index]!.x - point.x, result[index]!.y - point.y)).toBeLessThan(2 * GAP);
    }
  });
});

describe('spreadWithin', () => {
  /** Eight places within a few pixels of each other, as Europe's cities fall on a phone's map of Asia. */
  const crowd: ScreenPoint[] = [0, 1, 2, 3, 4, 5, 6, 7].map((index) => ({
    x: 100 + (index % 3) * 6,
    y: 100 + Math.floor(index / 3) * 5,
  }));

  it('spreads as spreadPoints does where the crowd is thin', () => {
    const pair = [
      { x: 100, y: 100 },
      { x: 110, y: 100 },
    ];
    expect(spreadWithin(pair, GAP, GAP)).toEqual(spreadPoints(pair, GAP));
  });

  it('moves no point farther than it is allowed, and sets aside what has no room', () => {
    const offsets = spreadWithin(crowd, GAP, GAP);
    const kept = offsets.flatMap((offset, index) => (offset === null ? [] : [{ offset, point: crowd[index]! }]));
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(crowd.length);
    for (const { offset } of kept) expect(Math.hypot(offset.dx, offset.dy)).toBeLessThanOrEqual(GAP);
    const drawn = kept.map(({ offset, point }) => ({ x: point.x + offset.dx, y: point.y + offset.dy }));
    expect(closestPair(drawn)).toBeGreaterThanOrEqual(GAP - 0.01);
  });

  it('keeps the points given first, and every point far from the crowd', () => {
    const far = { x: 400, y: 400 };
    const offsets = spreadWithin([...crowd, far], GAP, GAP);
    expect(offsets[0]).not.toBeNull();
    expect(offsets[1]).not.toBeNull();
    expect(offsets.at(-1)).toEqual({ dx: 0, dy: 0 });
  });

  it('keeps the higher ranked first, whatever their order', () => {
    const rank = crowd.map((_, index) => (index >= 6 ? 1 : 0));
    const offsets = spreadWithin(crowd, GAP, GAP, rank);
    expect(offsets[6]).not.toBeNull();
    expect(offsets[7]).not.toBeNull();
  });

  it('sets aside a place on the same spot as another before a place apart from them', () => {
    // Two places either side of one river, and a town just south: room for two of the three.
    const twins = [
      { x: 100, y: 100 },
      { x: 101, y: 100 },
    ];
    const offsets = spreadWithin([...twins, { x: 100, y: 112 }], GAP, 20);
    expect(offsets[0]).not.toBeNull();
    expect(offsets[1]).toBeNull();
    expect(offsets[2]).not.toBeNull();
  });
});
