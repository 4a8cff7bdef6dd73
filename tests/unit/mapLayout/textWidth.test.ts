import { describe, expect, it } from 'vitest';
import { textWidthEm } from '../../../src/lib/mapLayout/textWidth.ts';

describe('textWidthEm', () => {
  // Widths Chromium drew these names at, in the maps' bold sans-serif on Debian, in ems:
  // the estimate must not fall short of them, or two names placed apart would touch.
  it.each([
    ['Manzhouli', 75 / 13],
    ['Warsaw', 58 / 13],
    ['Berlin', 43 / 13],
    ['Krasnoyarsk', 91 / 13],
    ['Bucharest', 74 / 13],
    ['Mudanjiang', 86 / 13],
  ])('is at least as wide as %s was drawn', (name, drawn) => {
    expect(textWidthEm(name)).toBeGreaterThanOrEqual(drawn);
    // ...and not so generous that names are left off crowded maps for nothing.
    expect(textWidthEm(name)).toBeLessThan(drawn * 1.15);
  });

  it('counts wide letters wider than narrow ones, and a Hangul syllable as a square', () => {
    expect(textWidthEm('mmmm')).toBeGreaterThan(textWidthEm('iiii') * 2);
    expect(textWidthEm('청진')).toBeCloseTo(2 * 1.04);
    expect(textWidthEm('')).toBe(0);
  });
});
