/**
 * Which place names a small map can print without one running over another: the most
 * important places are labelled first, on their preferred side, else on the other side;
 * a name that fits on neither side is left off (the dot stays, and the table beside the
 * map lists every place). The sizes are estimates from the font size, which is enough to
 * keep names apart at the two sizes the maps are drawn.
 */

export interface LabelCandidate {
  x: number;
  y: number;
  /** Longest line of the label, in characters. */
  characters: number;
  /** Lines of text: 1 for a name, 2 with the native name under it. */
  lines: number;
  preferred: 'left' | 'right';
  /** Vertical nudge, in lines of text. */
  shift: number;
  /** Higher is labelled first. */
  priority: number;
}

export interface LabelOutcome {
  side: 'left' | 'right';
  shown: boolean;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Average advance of a character of the sans-serif the maps use, as a share of the font size. */
const CHARACTER_WIDTH = 0.58;
const GAP = 7;
const DOT_RADIUS = 5;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function labelBox(candidate: LabelCandidate, side: 'left' | 'right', textSize: number): Box {
  const width = candidate.characters * textSize * CHARACTER_WIDTH;
  // The name's baseline sits 0.35 em below the dot; a cap height above it, and the smaller
  // native name a line below, make the box.
  const top = candidate.y + textSize * (candidate.shift - 0.45);
  const bottom = top + textSize * (candidate.lines === 1 ? 1.05 : 1.9);
  return side === 'right'
    ? { left: candidate.x + GAP, right: candidate.x + GAP + width, top, bottom }
    : { left: candidate.x - GAP - width, right: candidate.x - GAP, top, bottom };
}

export function layoutLabels(
  candidates: ReadonlyArray<LabelCandidate>,
  textSize: number,
  frame: { width: number; height: number },
): LabelOutcome[] {
  const dots: Box[] = candidates.map(({ x, y }) => ({
    left: x - DOT_RADIUS,
    right: x + DOT_RADIUS,
    top: y - DOT_RADIUS,
    bottom: y + DOT_RADIUS,
  }));
  const placed: Box[] = [];
  const outcomes: LabelOutcome[] = candidates.map((candidate) => ({ side: candidate.preferred, shown: false }));
  const order = candidates.map((_, index) => index).sort((a, b) => candidates[b]!.priority - candidates[a]!.priority);
  for (const index of order) {
    const candidate = candidates[index]!;
    const sides: Array<'left' | 'right'> = [candidate.preferred, candidate.preferred === 'left' ? 'right' : 'left'];
    for (const side of sides) {
      const box = labelBox(candidate, side, textSize);
      const inFrame = box.left >= 0 && box.right <= frame.width && box.top >= 0 && box.bottom <= frame.height;
      const clear =
        placed.every((other) => !overlaps(box, other)) &&
        // A name may run over the dot of a less important place (a junction beside a city
        // the journey stopped at), never over one that matters as much.
        dots.every(
          (dot, other) => other === index || candidates[other]!.priority < candidate.priority || !overlaps(box, dot),
        );
      if (inFrame && clear) {
        placed.push(box);
        outcomes[index] = { side, shown: true };
        break;
      }
    }
  }
  return outcomes;
}
