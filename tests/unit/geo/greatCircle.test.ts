import { describe, expect, it } from 'vitest';
import { greatCircleArc } from '../../../src/lib/geo/greatCircle.ts';
import { distanceKm } from '../../../src/lib/geo/distance.ts';
import { lineLengthKm } from '../../../src/lib/geo/distance.ts';

const PYONGYANG = [125.7625, 39.0392] as const;
const MOSCOW = [37.6173, 55.7558] as const;

describe('greatCircleArc', () => {
  const arc = greatCircleArc(PYONGYANG, MOSCOW);

  it('starts and ends at the two places', () => {
    expect(arc[0]![0]).toBeCloseTo(PYONGYANG[0], 6);
    expect(arc[0]![1]).toBeCloseTo(PYONGYANG[1], 6);
    expect(arc.at(-1)![0]).toBeCloseTo(MOSCOW[0], 6);
    expect(arc.at(-1)![1]).toBeCloseTo(MOSCOW[1], 6);
  });

  it('is as long as the great-circle distance (about 6,400 km)', () => {
    expect(lineLengthKm(arc)).toBeCloseTo(distanceKm(PYONGYANG, MOSCOW), 0);
    expect(distanceKm(PYONGYANG, MOSCOW)).toBeGreaterThan(6300);
    expect(distanceKm(PYONGYANG, MOSCOW)).toBeLessThan(6500);
  });

  it('bows north of the straight line on a flat map, as routes to Europe do', () => {
    const middle = arc[Math.floor(arc.length / 2)]!;
    const straightLatitudeThere =
      PYONGYANG[1] + ((MOSCOW[1] - PYONGYANG[1]) * (PYONGYANG[0] - middle[0])) / (PYONGYANG[0] - MOSCOW[0]);
    expect(middle[1]).toBeGreaterThan(straightLatitudeThere + 3);
  });
});
