import { describe, expect, it } from 'vitest';
import { boundsOf, padBounds } from '../../../src/lib/geo/bounds.ts';
import type { LngLat } from '../../../src/lib/geo/lngLat.ts';

describe('boundsOf', () => {
  it('finds the box around the points', () => {
    const pyongyang: LngLat = [125.76, 39.04];
    const ussuriysk: LngLat = [131.95, 43.8];
    const between: LngLat = [130.6, 42.4];
    expect(boundsOf([pyongyang, ussuriysk, between])).toEqual({
      west: 125.76,
      south: 39.04,
      east: 131.95,
      north: 43.8,
    });
  });

  it('refuses an empty list', () => {
    expect(() => boundsOf([])).toThrow(/at least one point/);
  });

  it('pads every side by a share of the size', () => {
    expect(padBounds({ west: 0, south: 0, east: 10, north: 20 }, 0.1)).toEqual({
      west: -1,
      south: -2,
      east: 11,
      north: 22,
    });
  });
});
