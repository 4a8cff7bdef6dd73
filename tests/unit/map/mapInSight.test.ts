import { describe, expect, it } from 'vitest';
import { mapInSight } from '../../../src/lib/map/mapInSight.ts';

describe('mapInSight', () => {
  const screen = 844;

  it('sees a map wholly or mostly on screen', () => {
    expect(mapInSight({ top: 100, bottom: 458 }, screen)).toBe(true);
    expect(mapInSight({ top: -150, bottom: 208 }, screen)).toBe(true);
    expect(mapInSight({ top: 600, bottom: 958 }, screen)).toBe(true);
  });

  it('does not see a map mostly or wholly off screen', () => {
    expect(mapInSight({ top: -250, bottom: 108 }, screen)).toBe(false);
    expect(mapInSight({ top: 700, bottom: 1058 }, screen)).toBe(false);
    expect(mapInSight({ top: -5000, bottom: -4642 }, screen)).toBe(false);
    expect(mapInSight({ top: 5000, bottom: 5358 }, screen)).toBe(false);
  });

  it('sees a map taller than the screen when it fills half the screen', () => {
    expect(mapInSight({ top: 300, bottom: 1300 }, 700)).toBe(true);
    expect(mapInSight({ top: 400, bottom: 1400 }, 700)).toBe(false);
  });
});
