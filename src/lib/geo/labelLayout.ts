/**
 * Which place names a small map drawn at build time can print without one running over
 * another. The sides are chosen by the rule every map shares (chooseLabelSides), offered
 * the left and right of each dot; the sizes are estimates from the font size, which is
 * enough to keep names apart at the two sizes the maps are drawn.
 */
import { chooseLabelSides, type Box } from '../map/labelSides.ts';

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

/** Average advance of a character of the sans-serif the maps use, as a share of the font size. */
const CHARACTER_WIDTH = 0.58;
const GAP = 7;
const DOT_RADIUS = 5;

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
  const choices = chooseLabelSides(
    candidates.map((candidate) => ({
      preferred: candidate.preferred,
      boxes: { left: labelBox(candidate, 'left', textSize), right: labelBox(candidate, 'right', textSize) },
      dot: {
        left: candidate.x - DOT_RADIUS,
        right: candidate.x + DOT_RADIUS,
        top: candidate.y - DOT_RADIUS,
        bottom: candidate.y + DOT_RADIUS,
      },
      priority: candidate.priority,
    })),
    { left: 0, top: 0, right: frame.width, bottom: frame.height },
  );
  // Only the left and right were offered, so only they come back.
  return choices.map(({ side, shown }) => ({ side: side === 'left' ? 'left' : 'right', shown }));
}
