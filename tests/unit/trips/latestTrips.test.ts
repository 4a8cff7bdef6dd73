import { describe, expect, it } from 'vitest';
import { latestTrips } from '../../../src/lib/trips/latestTrips.ts';

describe('latestTrips', () => {
  it('gives the last trips of a list in time order, latest first', () => {
    expect(latestTrips(['1949', '1950', '1953', '1954'], 3)).toEqual(['1954', '1953', '1950']);
  });

  it('gives them all when there are fewer than asked for, and none when asked for none', () => {
    expect(latestTrips(['1949', '1950'], 5)).toEqual(['1950', '1949']);
    expect(latestTrips(['1949', '1950'], 0)).toEqual([]);
  });
});
