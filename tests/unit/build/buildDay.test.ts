import { describe, expect, it } from 'vitest';
import { buildDay } from '../../../src/lib/build/buildDay.ts';

describe('buildDay', () => {
  it('is the UTC day of the clock when nothing fixes it', () => {
    expect(buildDay({}, new Date(Date.UTC(2031, 4, 6, 23, 59)))).toEqual({
      iso: '2031-05-06',
      year: 2031,
      month: 5,
      day: 6,
      precision: 'day',
    });
  });

  it('takes SOURCE_DATE_EPOCH when set, for reproducible builds', () => {
    const epoch = String(Date.UTC(2030, 0, 2, 12) / 1000);
    expect(buildDay({ SOURCE_DATE_EPOCH: epoch }, new Date(Date.UTC(2031, 4, 6))).iso).toBe('2030-01-02');
  });

  it('ignores a SOURCE_DATE_EPOCH that is not a number of seconds', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: 'yesterday' }, new Date(Date.UTC(2031, 4, 6))).iso).toBe('2031-05-06');
  });
});
