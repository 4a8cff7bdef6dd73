import { describe, expect, it } from 'vitest';
import { AREA_LABELS, labelShownAt, type AreaLabel } from '../../../src/lib/mapLayout/areaLabels.ts';

const label = (zooms: AreaLabel['zooms']): AreaLabel => ({ text: 'X', position: [0, 0], kind: 'sea', zooms });

describe('labelShownAt', () => {
  it('shows a label from its lowest zoom up to, not including, its highest', () => {
    const shown = (zoom: number) => labelShownAt(label([3.5, 5.5]), zoom);
    expect([3, 3.5, 5, 5.5].map(shown)).toEqual([false, true, true, false]);
  });
});

describe('AREA_LABELS', () => {
  it('never prints the same name twice on one map, at any zoom', () => {
    for (let zoom = 0; zoom <= 20; zoom += 0.25) {
      const texts = AREA_LABELS.filter((area) => labelShownAt(area, zoom)).map((area) => area.text);
      expect(new Set(texts).size, `zoom ${zoom}: ${texts.join(', ')}`).toBe(texts.length);
    }
  });

  it('places every label on the globe, with a zoom range that is not empty', () => {
    for (const area of AREA_LABELS) {
      const [longitude, latitude] = area.position;
      expect(Math.abs(longitude)).toBeLessThanOrEqual(180);
      expect(Math.abs(latitude)).toBeLessThanOrEqual(90);
      expect(area.zooms[0]).toBeLessThan(area.zooms[1]);
    }
  });
});
