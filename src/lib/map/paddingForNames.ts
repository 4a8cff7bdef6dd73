/**
 * How much padding a map framing needs so that the names beside the dots stay inside it.
 *
 * A name is a fixed number of screen pixels wide, but the room the frame leaves beside a
 * dot is in map units and shrinks as padding zooms the map out. The padding is therefore
 * found by repeating: from the scale the padding allows, what each name still lacks, until
 * the two agree. Distances are in the projection's pixels at zoom 0 (Leaflet's
 * `map.project(latLng, 0)`); the scale is screen pixels per such pixel.
 */
export interface NameReach {
  /** Beside the dot, or how far a name's second line hangs below it. */
  side: 'left' | 'right' | 'below';
  /** Screen pixels the name reaches past its place, on its side. */
  reach: number;
  /** Projected distance from the place to the frame's edge on that side. */
  toEdge: number;
}

export interface FrameToFit {
  /** The map's size on screen. */
  width: number;
  height: number;
  /** The frame's projected size. */
  spanX: number;
  spanY: number;
  names: NameReach[];
  /** Screen pixels taken at the top by controls, and the projected room above what is shown. */
  top?: { taken: number; toEdge: number };
  /** Screen pixels kept clear beyond each name. */
  margin: number;
  /** The most padding a side may take, as a share of the map's size. */
  most: number;
}

export interface Padding {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function paddingForNames(frame: FrameToFit): Padding {
  const cap = (pixels: number, of: number): number => Math.min(Math.max(0, pixels), of * frame.most);
  let padding: Padding = { left: 0, right: 0, top: 0, bottom: 0 };
  for (let round = 0; round < 12; round += 1) {
    const scale = Math.min(
      (frame.width - padding.left - padding.right) / frame.spanX,
      (frame.height - padding.top - padding.bottom) / frame.spanY,
    );
    const lacking = (side: NameReach['side']): number =>
      Math.max(
        0,
        ...frame.names
          .filter((name) => name.side === side)
          .map((name) => name.reach + frame.margin - name.toEdge * scale),
      );
    const next = {
      left: cap(lacking('left'), frame.width),
      right: cap(lacking('right'), frame.width),
      top: frame.top ? cap(frame.top.taken - frame.top.toEdge * scale, frame.height) : 0,
      bottom: cap(lacking('below'), frame.height),
    };
    const settled = (Object.keys(next) as (keyof Padding)[]).every(
      (side) => Math.abs(next[side] - padding[side]) < 0.5,
    );
    padding = next;
    if (settled) break;
  }
  return {
    left: Math.ceil(padding.left),
    right: Math.ceil(padding.right),
    top: Math.ceil(padding.top),
    bottom: Math.ceil(padding.bottom),
  };
}
