import { describe, expect, it } from 'vitest';
import { keepLabelInside } from '../../../src/lib/geo/labelsInside.ts';

describe('keepLabelInside', () => {
  it('moves a label that would run past the right edge to the left of its dot', () => {
    const moved = keepLabelInside({ x: 330, anchor: 'start', labelX: 337, name: 'Pyongyang' }, 14, 360);
    expect(moved.anchor).toBe('end');
    expect(moved.labelX).toBe(323);
  });

  it('moves a label that would run past the left edge to the right', () => {
    const moved = keepLabelInside({ x: 20, anchor: 'end', labelX: 13, name: 'Moscow' }, 14, 360);
    expect(moved).toMatchObject({ anchor: 'start', labelX: 27 });
  });

  it('leaves a label that fits where it is', () => {
    const label = { x: 100, anchor: 'start' as const, labelX: 107, name: 'Rajin' };
    expect(keepLabelInside(label, 14, 360)).toBe(label);
  });
});
