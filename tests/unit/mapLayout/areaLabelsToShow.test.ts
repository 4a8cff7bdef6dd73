import { describe, expect, it } from 'vitest';
import { areaLabelsToShow } from '../../../src/lib/mapLayout/areaLabelsToShow.ts';
import { insetFrame } from '../../../src/lib/mapLayout/labelSides.ts';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const FRAME = box(0, 0, 300, 300);

describe('areaLabelsToShow', () => {
  it('shows a sea or country wholly inside the frame and clear of the stops', () => {
    expect(areaLabelsToShow([box(100, 100, 160, 115)], FRAME, [box(10, 10, 60, 25)])).toEqual([true]);
  });

  it('hides one under a stop’s name or dot', () => {
    const stopName = box(120, 105, 200, 120);
    expect(areaLabelsToShow([box(100, 100, 160, 115)], FRAME, [stopName])).toEqual([false]);
  });

  it('shows the first of two that would overlap, and not the second', () => {
    const country = box(100, 100, 170, 115);
    const sea = box(150, 110, 260, 125);
    expect(areaLabelsToShow([country, sea], FRAME, [])).toEqual([true, false]);
  });

  it('hides one the edge would cut, on any side', () => {
    const cut = [box(-5, 100, 50, 115), box(260, 100, 305, 115), box(100, -2, 160, 12), box(100, 290, 160, 304)];
    expect(areaLabelsToShow(cut, FRAME, [])).toEqual([false, false, false, false]);
  });
});

describe('insetFrame', () => {
  it('moves every edge in by the margin', () => {
    expect(insetFrame(FRAME, 3)).toEqual(box(3, 3, 297, 297));
  });
});
