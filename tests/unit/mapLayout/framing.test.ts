import { describe, expect, it } from 'vitest';
import {
  EAST_LABEL_ROOM,
  FRAME_PADDING,
  MIN_SPAN,
  cardFramedBounds,
  frameView,
  framedBounds,
  paddingForNames,
  type FrameToFit,
  type NameOnMap,
  type Padding,
  type ViewToFrame,
} from '../../../src/lib/mapLayout/framing.ts';

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
  // Far out of the way: these cases are about the names, not the widest zoom.
  minZoom: -10,
  zoomSnap: 0.1,
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

  it("asks for nothing when the room would need a wider view than the map's widest zoom", () => {
    // Unpadded, 3 screen pixels a projected one: zoom log2(3). A right padding of 60 leaves
    // 2.4 (zoom 1.26), one of 120 leaves 1.8 (zoom 0.85).
    const widest = { minZoom: 1, zoomSnap: 0.1 };
    const modest = paddingForNames({ ...frame([{ side: 'right', reach: 60, toEdge: 0 }]), ...widest });
    expect(modest.right).toBeGreaterThan(50);
    expect(paddingForNames({ ...frame([{ side: 'right', reach: 1000, toEdge: 0 }]), ...widest })).toEqual({
      left: 0,
      right: 0,
      top: 0,
      bottom: 0,
    });
  });
});

describe('framedBounds', () => {
  it('leaves a share of the span on every side, and more on the east for the names', () => {
    expect(framedBounds({ west: 100, east: 110, south: 40, north: 60 })).toEqual({
      west: 100 - 10 * FRAME_PADDING,
      east: 110 + 10 * (FRAME_PADDING + EAST_LABEL_ROOM),
      south: 40 - 20 * FRAME_PADDING,
      north: 60 + 20 * FRAME_PADDING,
    });
  });

  it('shows at least a region round a single place', () => {
    const frame = framedBounds({ west: 125, east: 125, south: 39, north: 39 });
    expect(frame.west).toBeCloseTo(125 - MIN_SPAN / 2 - MIN_SPAN * FRAME_PADDING);
    expect(frame.north).toBeCloseTo(39 + MIN_SPAN / 2 + MIN_SPAN * FRAME_PADDING);
  });
});

describe('frameView', () => {
  // Degrees as projected pixels, y down: a 10° × 10° focus on a 300 × 300 map.
  const view = (names: NameOnMap[], more: Partial<ViewToFrame> = {}): ViewToFrame => ({
    focus: { west: 0, east: 10, south: 0, north: 10 },
    project: ([longitude, latitude]) => ({ x: longitude, y: -latitude }),
    width: 300,
    height: 300,
    names,
    topTaken: 0,
    minZoom: -10,
    zoomSnap: 0.1,
    ...more,
  });

  it('frames the focus with framedBounds', () => {
    expect(frameView(view([])).bounds).toEqual(framedBounds({ west: 0, east: 10, south: 0, north: 10 }));
  });

  it('pads the side a name at the edge of the focus reaches', () => {
    const long = 200;
    expect(frameView(view([{ position: [10, 5], side: 'right', reach: long }])).padding.right).toBeGreaterThan(0);
    expect(frameView(view([{ position: [0, 5], side: 'left', reach: long }])).padding.left).toBeGreaterThan(0);
    expect(frameView(view([{ position: [5, 0], side: 'below', reach: long }])).padding.bottom).toBeGreaterThan(0);
  });

  it('leaves out the names of places outside the focus', () => {
    expect(frameView(view([{ position: [30, 5], side: 'right', reach: 200 }])).padding.right).toBe(0);
  });

  it('leaves room under the controls at the top', () => {
    expect(frameView(view([], { topTaken: 100 })).padding.top).toBeGreaterThan(0);
    expect(frameView(view([])).padding.top).toBe(0);
  });

  it("gives up the room where the map's widest zoom could not show it", () => {
    const padding = frameView(view([{ position: [10, 5], side: 'right', reach: 200 }], { minZoom: 4 })).padding;
    expect(padding).toEqual({ left: 0, right: 0, top: 0, bottom: 0 });
  });
});

describe('cardFramedBounds', () => {
  it('frames a trip that never left one place with the land round it, centred on the place', () => {
    const framed = cardFramedBounds({ west: 125.75, east: 125.75, south: 39.03, north: 39.03 });
    expect((framed.west + framed.east) / 2).toBeCloseTo(125.75);
    expect((framed.south + framed.north) / 2).toBeCloseTo(39.03);
    expect(framed.east - framed.west).toBeGreaterThan(1);
    expect(framed.north - framed.south).toBeGreaterThan(1);
  });

  it('leaves a little room round a long route, and keeps it whole', () => {
    const route = { west: 37.6, east: 131.9, south: 39.0, north: 56.0 };
    const framed = cardFramedBounds(route);
    expect(framed.west).toBeLessThan(route.west);
    expect(framed.east).toBeGreaterThan(route.east);
    expect(framed.south).toBeLessThan(route.south);
    expect(framed.north).toBeGreaterThan(route.north);
    // A little: less than the pages' maps leave, whose names sit beside the route.
    expect(framed.east - framed.west).toBeLessThan(framedBounds(route).east - framedBounds(route).west);
  });
});
