import { describe, expect, it } from 'vitest';
import { scrollForStop } from '../../../src/lib/map/stopInView.ts';

describe('scrollForStop', () => {
  it('centres the popup and the row together when both fit', () => {
    const delta = scrollForStop({ top: 1000, bottom: 1200 }, { top: 1500, bottom: 1550 }, 800);
    // The span 1000–1550 (550 px) centred in 800 px: 125 px above it.
    expect(delta).toBe(1000 - 125);
    const after = { top: 1000 - delta, bottom: 1550 - delta };
    expect(after.top).toBeGreaterThanOrEqual(0);
    expect(after.bottom).toBeLessThanOrEqual(800);
  });

  it('works whichever comes first on the page', () => {
    const delta = scrollForStop({ top: 600, bottom: 800 }, { top: 100, bottom: 150 }, 800);
    expect(100 - delta).toBeGreaterThanOrEqual(0);
    expect(800 - delta).toBeLessThanOrEqual(800);
  });

  it('puts the popup at the top when the row is too far away to show as well', () => {
    expect(scrollForStop({ top: 300, bottom: 500 }, { top: 2000, bottom: 2050 }, 800)).toBe(292);
  });

  it('shows the popup when there is no row', () => {
    expect(scrollForStop({ top: 300, bottom: 500 }, null, 800, 10)).toBe(290);
  });
});
