import { describe, expect, it } from 'vitest';
import { simplifyLine } from '../../../src/lib/geo/simplifyLine.ts';

describe('simplifyLine', () => {
  it('drops points that lie on the line through their neighbours', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0.001],
          [2, 0],
          [3, 0],
        ] as const,
        0.01,
      ),
    ).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });

  it('keeps a corner that sticks out further than the tolerance', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 1],
          [2, 0],
        ] as const,
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [1, 1],
      [2, 0],
    ]);
  });

  it('leaves lines of two points alone', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [5, 5],
        ] as const,
        10,
      ),
    ).toEqual([
      [0, 0],
      [5, 5],
    ]);
  });
});
