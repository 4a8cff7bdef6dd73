import { describe, expect, it } from 'vitest';
import { paddingForNames, type FrameToFit, type Padding } from '../../../src/lib/map/paddingForNames.ts';

// A 300 × 300 map showing a frame 100 × 100 projected pixels: 3 screen pixels each, unpadded.
const frame = (names: FrameToFit['names'], top?: FrameToFit['top']): FrameToFit => ({
  width: 300,
  height: 300,
  spanX: 100,
  spanY: 100,
  names,
  ...(top ? { top } : {}),
  margin: 8,
  most: 0.4,
});

/** Where a name ends up at the scale the padding leaves, measured from the frame's edge. */
function roomLeft(padding: Padding, toEdge: number): number {
  const scale = Math.min((300 - padding.left - padding.right) / 100, (300 - padding.top - padding.bottom) / 100);
  // Height-bound framings leave slack across, which Leaflet shares out round the padding.
  const slack = 300 - padding.left - padding.right - 100 * scale;
  return toEdge * scale + padding.right + slack / 2;
}

describe('paddingForNames', () => {
  it('asks for nothing when every name fits in the room the frame leaves', () => {
    expect(paddingForNames(frame([{ side: 'right', reach: 40, toEdge: 20 }]))).toEqual({
      left: 0,
      right: 0,
      top: 0,
      bottom: 0,
    });
  });

  it('pads the side a long name reaches, enough for it at the scale that padding leaves', () => {
    const name = { side: 'right' as const, reach: 100, toEdge: 10 };
    const padding = paddingForNames(frame([name]));
    expect(padding.left).toBe(0);
    expect(padding.right).toBeGreaterThan(0);
    expect(roomLeft(padding, name.toEdge)).toBeGreaterThanOrEqual(name.reach + 8 - 0.5);
  });

  it('keeps a left name on the left and names already clear of the edge out of it', () => {
    const padding = paddingForNames(
      frame([
        { side: 'left', reach: 100, toEdge: 5 },
        { side: 'right', reach: 30, toEdge: 60 },
      ]),
    );
    expect(padding.left).toBeGreaterThan(0);
    expect(padding.right).toBe(0);
  });

  it('never gives a side more than its share of the map', () => {
    const padding = paddingForNames(frame([{ side: 'right', reach: 1000, toEdge: 0 }]));
    expect(padding.right).toBe(120);
  });

  it('leaves room at the foot for a name that hangs below a dot near it', () => {
    const padding = paddingForNames(frame([{ side: 'below', reach: 30, toEdge: 2 }]));
    expect(padding.bottom).toBeGreaterThanOrEqual(30 + 8 - 2 * ((300 - padding.bottom) / 100));
    expect(padding.left + padding.right + padding.top).toBe(0);
  });

  it('leaves room below the controls at the top', () => {
    const padding = paddingForNames(frame([], { taken: 60, toEdge: 5 }));
    expect(padding.top).toBeGreaterThanOrEqual(60 - 5 * ((300 - padding.top) / 100));
    expect(paddingForNames(frame([], { taken: 60, toEdge: 30 })).top).toBe(0);
  });
});
