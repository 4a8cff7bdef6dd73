import { describe, expect, it } from 'vitest';
import { distanceKm, lineLengthKm } from '../../../src/lib/geo/distance.ts';

const USSURIYSK = [131.9456, 43.8003] as const;
const VLADIVOSTOK = [131.8855, 43.1155] as const;

describe('distanceKm', () => {
  it('puts Ussuriysk about 78 km from Vladivostok in a straight line (76 km between these centres)', () => {
    // 0.6848° of latitude is 76.1 km; the small shift in longitude adds well under 1 km.
    expect(distanceKm(USSURIYSK, VLADIVOSTOK)).toBeGreaterThan(75);
    expect(distanceKm(USSURIYSK, VLADIVOSTOK)).toBeLessThan(79);
  });

  it('measures one degree of latitude as 111.2 km', () => {
    expect(distanceKm([0, 0], [0, 1])).toBeCloseTo(111.19, 1);
  });

  it('measures a quarter of the equator as 10,007.5 km', () => {
    expect(distanceKm([0, 0], [90, 0])).toBeCloseTo(10007.5, 0);
  });

  it('is zero from a place to itself and the same both ways', () => {
    expect(distanceKm(USSURIYSK, USSURIYSK)).toBe(0);
    expect(distanceKm(USSURIYSK, VLADIVOSTOK)).toBeCloseTo(distanceKm(VLADIVOSTOK, USSURIYSK), 9);
  });
});

describe('lineLengthKm', () => {
  it('adds up the segments of a line', () => {
    expect(
      lineLengthKm([
        [0, 0],
        [0, 1],
        [0, 2],
      ]),
    ).toBeCloseTo(2 * 111.19, 1);
  });

  it('is zero for a line of one point or none', () => {
    expect(lineLengthKm([])).toBe(0);
    expect(lineLengthKm([[10, 10]])).toBe(0);
  });
});
