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
        let distance = Math.hypot(dx, dy);
        if (distance >= gap) continue;
        if (distance < 1e-6) {
          // On the very same spot: the later point goes below, where its label has room.
          dx = 0;
          dy = 1;
          distance = 1;
        }
        const push = (target - Math.hypot(b.x - a.x, b.y - a.y)) / 2;
        const ux = dx / distance;
        const uy = dy / distance;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        pushed = true;
      }
    }
    if (!pushed) break;
  }
  return moved.map((point, index) => ({ dx: point.x - points[index]!.x, dy: point.y - points[index]!.y }));
}
