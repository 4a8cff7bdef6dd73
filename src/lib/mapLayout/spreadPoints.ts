/**
 * Moves points on screen apart until no two are closer than a gap, each as little as it
 * can. Used for the map's stops: at the starting zoom on a phone, Khasan and Tumangang
 * (a few kilometres apart, on either side of the Tumen) fall on the same pixels, and a tap
 * meant for one opens the other. Spread apart, each stop has a touch target of its own;
 * the map draws a short leader from each moved dot back to where the place really is.
 *
 * Pairs that are too close push each other apart along the line between them, equally,
 * and the pushes repeat until they settle, so a crowd of three or four spreads into a
 * small cluster that keeps the stops' relative directions.
 *
 * "Apart" is measured as touch targets are: squares round each point, which must not
 * overlap (WCAG 2.5.8). Two points a gap apart on a slant can still have overlapping
 * squares, so a pair is a gap apart only when it is across or down by at least the gap.
 */
export interface ScreenPoint {
  x: number;
  y: number;
}

export interface Offset {
  dx: number;
  dy: number;
}

const ROUNDS = 60;

export function spreadPoints(points: readonly ScreenPoint[], gap: number): Offset[] {
  const moved = points.map((point) => ({ x: point.x, y: point.y }));
  // A hair over the gap, so that rounding to whole pixels cannot leave a pair just short.
  const target = gap + 0.5;
  for (let round = 0; round < ROUNDS; round += 1) {
    let pushed = false;
    for (let i = 0; i < moved.length; i += 1) {
      for (let j = i + 1; j < moved.length; j += 1) {
        const a = moved[i]!;
        const b = moved[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        if (Math.max(Math.abs(dx), Math.abs(dy)) >= gap) continue;
        if (Math.hypot(dx, dy) < 1e-6) {
          // On the very same spot: the later point goes below, where its label has room.
          dx = 0;
          dy = 1;
        }
        // Along the line between them, until the larger of across and down reaches the target.
        const apart = Math.max(Math.abs(dx), Math.abs(dy));
        const grow = (target / apart - 1) / 2;
        a.x -= dx * grow;
        a.y -= dy * grow;
        b.x += dx * grow;
        b.y += dy * grow;
        pushed = true;
      }
    }
    if (!pushed) break;
  }
  return moved.map((point, index) => ({ dx: point.x - points[index]!.x, dy: point.y - points[index]!.y }));
}

/**
 * Spreads the points as spreadPoints does, but moves none farther than `most`: a dot pushed
 * far from its place by a crowd reads as another place's ("Dresden" drawn in the Balkans on
 * a phone's map of Europe and Asia). Points are taken the highest `rank` first, and of equal
 * rank the one farthest from those already taken, so that where a crowd has no room it is a
 * place's near twin (Khasan and Tumangang, either side of one river) that gives way first.
 * A point that would push itself or one already taken farther than `most` is set aside
 * (null) until a closer zoom gives it room. Where every point has room, all are kept.
 */
export function spreadWithin(
  points: readonly ScreenPoint[],
  gap: number,
  most: number,
  rank: readonly number[] = points.map(() => 0),
): Array<Offset | null> {
  const all = spreadPoints(points, gap);
  if (all.every((offset) => Math.hypot(offset.dx, offset.dy) <= most)) return all;
  const waiting = points.map((_, index) => index);
  const taken: number[] = [];
  let offsets: Offset[] = [];
  const fromTaken = (index: number): number =>
    Math.min(...taken.map((at) => Math.hypot(points[at]!.x - points[index]!.x, points[at]!.y - points[index]!.y)));
  while (waiting.length > 0) {
    const highest = Math.max(...waiting.map((index) => rank[index]!));
    const next = waiting
      .filter((index) => rank[index] === highest)
      .reduce((best, index) => (fromTaken(index) > fromTaken(best) ? index : best));
    waiting.splice(waiting.indexOf(next), 1);
    // Spread in the order given, whatever the order taken: the pushes depend on it.
    const trial = [...taken, next].sort((a, b) => a - b);
    const spread = spreadPoints(
      trial.map((at) => points[at]!),
      gap,
    );
    if (spread.every((offset) => Math.hypot(offset.dx, offset.dy) <= most)) {
      taken.splice(0, taken.length, ...trial);
      offsets = spread;
    }
  }
  const result: Array<Offset | null> = points.map(() => null);
  for (const [at, index] of taken.entries()) result[index] = offsets[at]!;
  return result;
}
