/**
 * Which place names a small map drawn at build time can print without one running over
 * another. The sides are chosen by the rule every map shares (chooseLabelSides), offered
 * the left and right of each dot; the sizes are estimated letter by letter (textWidthEm),
 * on the generous side, so names drawn in a reader's font stay apart.
 */
import { chooseLabelSides, type Box } from '../map/labelSides.ts';
import { NATIVE_LINE_EM, NATIVE_NAME_SCALE } from './nativeNameScale.ts';

export interface LabelCandidate {
  x: number;
  y: number;
  /** The width of the label's widest line, in ems of the text size (see textWidthEm). */
  widthEm: number;
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

/** The font's ascent and descent, in ems. */
const ASCENT = 0.95;
const DESCENT = 0.25;

/** How a drawing marks its places: the static map's small dots, or the social card's larger ones. */
export interface LabelMarks {
  /** From the dot's centre to where its name starts, in pixels. */
  gap: number;
  dotRadius: number;
}

const STATIC_MAP_MARKS: LabelMarks = { gap: 7, dotRadius: 5 };

function labelBox(candidate: LabelCandidate, side: 'left' | 'right', textSize: number, { gap }: LabelMarks): Box {
  const width = candidate.widthEm * textSize;
  // The name's baseline sits 0.35 em below the dot (StaticRouteSvg). The box is the font's:
  // its ascent above the baseline and its descent below, and with the native name a line
  // lower at 0.82 of the size, that line's descent too.
  const baseline = candidate.y + textSize * (0.35 + candidate.shift);
  const top = baseline - textSize * ASCENT;
  const bottom = baseline + textSize * (candidate.lines === 1 ? DESCENT : NATIVE_LINE_EM + NATIVE_NAME_SCALE * DESCENT);
  return side === 'right'
    ? { left: candidate.x + gap, right: candidate.x + gap + width, top, bottom }
    : { left: candidate.x - gap - width, right: candidate.x - gap, top, bottom };
}

export function layoutLabels(
  candidates: ReadonlyArray<LabelCandidate>,
  textSize: number,
  frame: { width: number; height: number },
  /** Boxes no name may cover, such as the route line where it runs. */
  obstacles: ReadonlyArray<Box> = [],
  marks: LabelMarks = STATIC_MAP_MARKS,
): LabelOutcome[] {
  const radius = marks.dotRadius;
  const choices = chooseLabelSides(
    candidates.map((candidate) => ({
      preferred: candidate.preferred,
      boxes: {
        left: labelBox(candidate, 'left', textSize, marks),
        right: labelBox(candidate, 'right', textSize, marks),
      },
      dot: {
        left: candidate.x - radius,
        right: candidate.x + radius,
        top: candidate.y - radius,
        bottom: candidate.y + radius,
      },
      priority: candidate.priority,
    })),
    { left: 0, top: 0, right: frame.width, bottom: frame.height },
    obstacles,
  );
  // Only the left and right were offered, so only they come back.
  return choices.map(({ side, shown }) => ({ side: side === 'left' ? 'left' : 'right', shown }));
}
