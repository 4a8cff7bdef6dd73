/**
 * How much room a map leaves around what it must show: a share of its size on each
 * side, and more on the east, where most place labels sit (right of their dots). The
 * static and the interactive map both frame with it, so the one replaces the other
 * without the view jumping.
 */
import type { Bounds } from './bounds.ts';

export const FRAME_PADDING = 0.14;
export const EAST_LABEL_ROOM = 0.06;

export function framedBounds(bounds: Bounds): Bounds {
  const width = bounds.east - bounds.west;
  const height = bounds.north - bounds.south;
  return {
    west: bounds.west - width * FRAME_PADDING,
    east: bounds.east + width * (FRAME_PADDING + EAST_LABEL_ROOM),
    south: bounds.south - height * FRAME_PADDING,
    north: bounds.north + height * FRAME_PADDING,
  };
}
