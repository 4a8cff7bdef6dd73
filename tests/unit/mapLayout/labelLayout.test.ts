import { describe, expect, it } from 'vitest';
import { layoutLabels, type LabelCandidate } from '../../../src/lib/mapLayout/labelLayout.ts';

const frame = { width: 400, height: 400 };
/** Which side each name took and whether it is shown, without the boxes. */
const sides = (outcomes: ReturnType<typeof layoutLabels>) => outcomes.map(({ side, shown }) => ({ side, shown }));

const place = (x: number, y: number, priority = 0, preferred: 'left' | 'right' = 'right'): LabelCandidate => ({
  x,
  y,
  widthEm: 5.8,
  lines: 1,
  preferred,
  shift: 0,
  priority,
});

describe('layoutLabels', () => {
  it('labels places far apart on their preferred sides', () => {
    expect(sides(layoutLabels([place(100, 100), place(100, 300, 0, 'left')], 13, frame))).toEqual([
      { side: 'right', shown: true },
      { side: 'left', shown: true },
    ]);
  });

  it('moves a label to the other side when the preferred one is taken', () => {
    // Two places side by side: the second's right-hand label would cover nothing, its left one the first's.
    const outcomes = layoutLabels([place(100, 200, 1), place(200, 200, 0, 'left')], 13, frame);
    expect(sides(outcomes)).toEqual([
      { side: 'right', shown: true },
      { side: 'right', shown: true },
    ]);
  });

  it('leaves off the less important of two names that would collide either way', () => {
    // The middle place's name would run over its neighbour's on the right and the other's on the left.
    const outcomes = layoutLabels([place(200, 200, 0), place(200, 204, 5), place(110, 200, 4)], 13, frame);
    expect(outcomes.map((outcome) => outcome.shown)).toEqual([false, true, true]);
  });

  it("lets an important place's name run over a lesser place's dot, not the other way round", () => {
    // At the frame's east edge the city's name only fits on the left, where a junction's dot lies.
    const city = place(390, 200, 2);
    const junction = place(330, 202, 0);
    expect(sides(layoutLabels([city, junction], 13, frame))[0]).toEqual({ side: 'left', shown: true });
    const lesser = place(390, 200, 0);
    const greater = place(330, 202, 2, 'left');
    expect(layoutLabels([lesser, greater], 13, frame)[0]!.shown).toBe(false);
  });

  it('keeps a label inside the frame, moving it to the side that fits', () => {
    expect(sides(layoutLabels([place(390, 200)], 13, frame))).toEqual([{ side: 'left', shown: true }]);
  });

  it('offers above and below only where asked, sliding a name along the edge to keep it in the frame', () => {
    // Against the east edge, with a wall of obstacles on the left: nowhere beside the dot.
    const wall = { left: 300, right: 385, top: 196, bottom: 204 };
    const corner = place(392, 200);
    expect(layoutLabels([corner], 13, frame, [wall])[0]!.shown).toBe(false);
    const [above] = layoutLabels([corner], 13, frame, [wall], { gap: 7, dotRadius: 5, aboveOrBelow: true });
    expect(above!.shown).toBe(true);
    expect(above!.side).toBe('above');
    expect(above!.box.right).toBeLessThanOrEqual(frame.width);
    expect(above!.box.bottom).toBeLessThan(200);
    expect(above!.box.left).toBeLessThan(392);
  });

  it('slides a name above or below its dot along, until it ends or starts at the dot, never past it', () => {
    const marks = { gap: 7, dotRadius: 5, aboveOrBelow: true };
    // A wall on each side of the dot, reaching up past it: the name can only go below.
    const walls = [
      { left: 0, right: 195, top: 192, bottom: 204 },
      { left: 205, right: 400, top: 192, bottom: 204 },
    ];
    const below = (slide: number) => layoutLabels([{ ...place(200, 200), slide }], 13, frame, walls, marks)[0]!;
    const width = 5.8 * 13;
    expect(below(0).side).toBe('below');
    expect((below(0).box.left + below(0).box.right) / 2).toBeCloseTo(200);
    expect(below(-1).box.right).toBeCloseTo(200 + width / 2 - 13);
    expect(below(-100).box.right).toBeCloseTo(200);
    expect(below(100).box.left).toBeCloseTo(200);
  });
});
