import { describe, expect, it } from 'vitest';
import { lineObstacles } from '../../../src/lib/mapLayout/lineObstacles.ts';
import { overlaps, type Box } from '../../../src/lib/mapLayout/labelSides.ts';

const across = [
  [
    { x: 0, y: 50 },
    { x: 100, y: 50 },
  ],
];
const nameAt = (left: number, top: number): Box => ({ left, top, right: left + 30, bottom: top + 12 });
const covers = (boxes: Box[], name: Box): boolean => boxes.some((box) => overlaps(box, name));

describe('lineObstacles', () => {
  it('keeps a name off the line, but not off the paper beside it', () => {
    const boxes = lineObstacles(across, 8, { at: [], radius: 0 });
    expect(covers(boxes, nameAt(40, 45))).toBe(true);
    expect(covers(boxes, nameAt(40, 30))).toBe(false);
    expect(covers(boxes, nameAt(40, 60))).toBe(false);
  });

  it('covers the line from end to end, however long its segments', () => {
    const boxes = lineObstacles(across, 8, { at: [], radius: 0 });
    for (let x = 0; x <= 100; x += 1)
      expect(covers(boxes, { left: x, right: x + 0.1, top: 50, bottom: 50.1 })).toBe(true);
  });

  it('leaves out the line where a dot drawn over it hides it', () => {
    const boxes = lineObstacles(across, 8, { at: [{ x: 50, y: 50 }], radius: 13 });
    expect(covers(boxes, { left: 48, right: 52, top: 48, bottom: 52 })).toBe(false);
    expect(covers(boxes, { left: 10, right: 14, top: 48, bottom: 52 })).toBe(true);
  });

  it('gives its boxes from the origin of the frame they are tested in', () => {
    const boxes = lineObstacles(across, 8, { at: [], radius: 0 }, { x: 100, y: 40 });
    expect(covers(boxes, { left: -60, right: -58, top: 9, bottom: 11 })).toBe(true);
    expect(covers(boxes, { left: 40, right: 42, top: 49, bottom: 51 })).toBe(false);
  });
});
