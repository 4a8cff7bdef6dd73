import { describe, expect, it } from 'vitest';
import { median, medianAudit, type LighthouseFigures } from '../../../../scripts/lib/bench/medianAudit.ts';

/** The figures no case here varies between runs. */
const steady = { accessibility: 100, bestPractices: 100, seo: 100, cls: 0 };
const run = (lcpMs: number, tbtMs: number, performance: number): LighthouseFigures => ({
  ...steady,
  performance,
  lcpMs,
  tbtMs,
});

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([1300, 900, 1100])).toBe(1100);
  });
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty list rather than invent a figure', () => {
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('medianAudit', () => {
  it('takes each figure from its own median, so one slow run moves none of them', () => {
    const figures = medianAudit([run(1400, 20, 97), run(1000, 300, 99), run(1100, 30, 100)]);
    expect(figures.lcpMs).toBe(1100);
    expect(figures.tbtMs).toBe(30);
    expect(figures.performance).toBe(99);
  });
  it('returns a single run unchanged', () => {
    expect(medianAudit([run(950, 12, 100)])).toEqual(run(950, 12, 100));
  });
});
