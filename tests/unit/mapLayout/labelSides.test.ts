import { describe, expect, it } from 'vitest';
import {
  chooseLabelSides,
  type Box,
  type LabelSide,
  type LabelToPlace,
} from '../../../src/lib/mapLayout/labelSides.ts';

const frame: Box = { left: 0, top: 0, right: 400, bottom: 400 };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** A place at (x, y) with a 60 × 14 name offered on the given sides, as the live map measures them. */
function place(
  x: number,
  y: number,
  options: { priority?: number; preferred?: 'left' | 'right'; sides?: LabelSide[]; target?: boolean } = {},
): LabelToPlace {
  const all: Record<LabelSide, Box> = {
    left: box(x - 67, y - 7, 60, 14),
    right: box(x + 7, y - 7, 60, 14),
    above: box(x - 30, y - 24, 60, 14),
    below: box(x - 30, y + 10, 60, 14),
  };
  const sides = options.sides ?? ['left', 'right', 'above', 'below'];
  return {
    preferred: options.preferred ?? 'right',
    boxes: Object.fromEntries(sides.map((side) => [side, all[side]])),
    dot: box(x - 5, y - 5, 10, 10),
    ...(options.target ? { target: box(x - 12, y - 12, 24, 24) } : {}),
    priority: options.priority ?? 0,
  };
}

describe('chooseLabelSides', () => {
  it('names places far apart on their preferred sides', () => {
    expect(chooseLabelSides([place(100, 100), place(100, 300, { preferred: 'left' })], frame)).toEqual([
      { side: 'right', shown: true },
      { side: 'left', shown: true },
    ]);
  });

  it('names the more important place first, whatever the order given', () => {
    // Both want the same stretch; the second, more important, keeps its preferred side.
    const choices = chooseLabelSides(
      [place(100, 200, { sides: ['left', 'right'] }), place(180, 200, { priority: 1, preferred: 'left' })],
      frame,
    );
    expect(choices).toEqual([
      { side: 'left', shown: true },
      { side: 'left', shown: true },
    ]);
  });

  it('tries the other side, then above, then below', () => {
    // Thin bars across the name's path on the right (preferred) and the left, and one above.
    const besides = [box(210, 198, 40, 4), box(140, 198, 40, 4)];
    const overhead = box(195, 180, 10, 4);
    expect(chooseLabelSides([place(200, 200)], frame, besides)).toEqual([{ side: 'above', shown: true }]);
    expect(chooseLabelSides([place(200, 200)], frame, [...besides, overhead])).toEqual([
      { side: 'below', shown: true },
    ]);
    expect(chooseLabelSides([place(200, 200)], frame, [besides[0]!])).toEqual([{ side: 'left', shown: true }]);
  });

  it('only tries the sides offered, and leaves a name off on its preferred side', () => {
    const blockers = [box(0, 190, 400, 20)];
    expect(
      chooseLabelSides([place(100, 200, { sides: ['left', 'right'], preferred: 'left' })], frame, blockers),
    ).toEqual([{ side: 'left', shown: false }]);
  });

  it('keeps every name inside the frame', () => {
    expect(chooseLabelSides([place(390, 200)], frame)).toEqual([{ side: 'left', shown: true }]);
    expect(chooseLabelSides([place(200, 5, { sides: ['above', 'below'] })], frame)).toEqual([
      { side: 'below', shown: true },
    ]);
  });

  it("lets an important place's name run over a lesser place's dot, not the other way round", () => {
    // At the frame's east edge the name only fits on the left, where another dot lies.
    const edge = { preferred: 'right' as const, sides: ['left', 'right'] as LabelSide[] };
    expect(chooseLabelSides([place(390, 200, { ...edge, priority: 2 }), place(330, 202)], frame)[0]).toEqual({
      side: 'left',
      shown: true,
    });
    expect(chooseLabelSides([place(390, 200, edge), place(330, 202, { priority: 2 })], frame)[0]!.shown).toBe(false);
    expect(chooseLabelSides([place(390, 200, edge), place(330, 202)], frame)[0]!.shown).toBe(false);
  });

  it("keeps a name above or below clear of another place's target, not beside", () => {
    // A neighbour's 24 px target reaches the name above, but not its dot; beside, a lesser
    // neighbour's dot and target lie under the name and do not stop it.
    const lone = place(200, 200, { sides: ['above'] });
    const neighbour = (target: boolean): LabelToPlace => place(200, 168, { sides: [], target });
    expect(chooseLabelSides([lone, neighbour(false)], frame)[0]).toEqual({ side: 'above', shown: true });
    expect(chooseLabelSides([lone, neighbour(true)], frame)[0]).toEqual({ side: 'right', shown: false });
    expect(
      chooseLabelSides(
        [place(200, 200, { sides: ['right'] }), place(260, 200, { sides: [], target: true, priority: -1 })],
        frame,
      )[0],
    ).toEqual({ side: 'right', shown: true });
  });
});
