/**
 * What a name must not cover where a line is drawn thick (the social card's route): small
 * boxes along the line, half its width apart and a pixel wider than it, for the label layout
 * to keep names off. Where a dot is drawn over the line the line is hidden, and a name may
 * start beyond the dot: no box there.
 */
import type { Box } from './labelSides.ts';

export interface Point {
  x: number;
  y: number;
}

/** The square of `radius` round a point, from the frame's origin. */
export function boxRound(point: Point, radius: number, origin: Point = { x: 0, y: 0 }): Box {
  return {
    left: point.x - origin.x - radius,
    right: point.x - origin.x + radius,
    top: point.y - origin.y - radius,
    bottom: point.y - origin.y + radius,
  };
}

export function lineObstacles(
  lines: ReadonlyArray<ReadonlyArray<Point>>,
  lineWidth: number,
  /** Dots drawn over the line, each hiding it within `radius` of its centre. */
  dots: { at: ReadonlyArray<Point>; radius: number },
  /** The origin of the frame the names are laid out in. */
  origin: Point = { x: 0, y: 0 },
): Box[] {
  const step = lineWidth / 2;
  const half = lineWidth / 2 + 1;
  const underADot = (x: number, y: number): boolean =>
    dots.at.some((dot) => Math.hypot(dot.x - x, dot.y - y) < dots.radius);
  const boxes: Box[] = [];
  for (const line of lines) {
    for (let index = 1; index < line.length; index += 1) {
      const from = line[index - 1]!;
      const to = line[index]!;
      const count = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / step));
      for (let at = 0; at <= count; at += 1) {
        const x = from.x + ((to.x - from.x) * at) / count;
        const y = from.y + ((to.y - from.y) * at) / count;
        if (!underADot(x, y)) boxes.push(boxRound({ x, y }, half, origin));
      }
    }
  }
  return boxes;
}
