/**
 * Which place names a small map drawn at build time can print without one running over
 * another. The sides are chosen by the rule every map shares (chooseLabelSides), offered
 * the left and right of each dot; the sizes are estimated letter by letter (textWidthEm),
 * on the generous side, so names drawn in a reader's font stay apart.
 */
import { chooseLabelSides, type Box, type LabelSide, type SideBeside } from './labelSides.ts';
import { NAME_BASELINE_EM, NATIVE_LINE_EM, NATIVE_NAME_SCALE, STATIC_MAP } from './markSizes.ts';

export interface LabelCandidate {
  x: number;
  y: number;
  /** The width of the label's widest line, in ems of the text size (see textWidthEm). */
  widthEm: number;
  /** Lines of text: 1 for a name, 2 with the native name under it. */
  lines: number;
  preferred: SideBeside;
  /** Vertical nudge, in lines of text. */
  shift: number;
  /**
   * For a name above or below its dot, how far along it is moved from centred, in ems
   * (negative: west); it still never passes its dot.
   */
  slide?: number;
  /** Higher is labelled first. */
  priority: number;
}

export interface LabelOutcome {
  side: LabelSide;
  shown: boolean;
  /** Where the name's lines go on that side, in the frame's pixels. */
  box: Box;
}

/** The font's ascent and descent, in ems. */
export const ASCENT = 0.95;
const DESCENT = 0.25;

/** How a drawing marks its places: the static map's small dots, or the social card's larger ones. */
export interface LabelMarks {
  /** From the dot's centre to where its name starts, in pixels. */
  gap: number;
  dotRadius: number;
  /**
   * Whether a name may also go centred above or below its dot, where neither side has room
   * (the social card, whose narrow panel leaves little beside a dot at its edge).
   */
  aboveOrBelow?: boolean;
}

const STATIC_MAP_MARKS: LabelMarks = { gap: STATIC_MAP.nameGap, dotRadius: STATIC_MAP.dotClearance };

/** The height of a name's lines, from the top of its first to the foot of its last, in pixels. */
export function labelBlockHeight(lines: number, textSize: number): number {
  return textSize * (ASCENT + (lines === 1 ? DESCENT : NATIVE_LINE_EM + NATIVE_NAME_SCALE * DESCENT));
}

/**
 * A name centred above or below its dot, clear of the dot by a quarter of the gap; near the
 * frame's edge it slides along (never past its dot), so a place in a corner can still be named.
 */
function verticalBox(
  candidate: LabelCandidate,
  side: 'above' | 'below',
  textSize: number,
  marks: LabelMarks,
  frameWidth: number,
): Box {
  const width = candidate.widthEm * textSize;
  const height = labelBlockHeight(candidate.lines, textSize);
  const clear = marks.dotRadius + marks.gap / 4;
  const top = side === 'above' ? candidate.y - clear - height : candidate.y + clear;
  const highest = Math.min(frameWidth - width, candidate.x);
  const centred = candidate.x - width / 2 + (candidate.slide ?? 0) * textSize;
  const left = Math.max(candidate.x - width, Math.min(Math.max(0, centred), highest));
  return { left, right: left + width, top, bottom: top + height };
}

function labelBox(candidate: LabelCandidate, side: SideBeside, textSize: number, { gap }: LabelMarks): Box {
  const width = candidate.widthEm * textSize;
  // The name's baseline sits a little below the dot (StaticRouteSvg). The box is the font's:
  // its ascent above the baseline and its descent below, and with the native name a line
  // lower and smaller, that line's descent too.
  const baseline = candidate.y + textSize * (NAME_BASELINE_EM + candidate.shift);
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
  const offered = candidates.map((candidate) => ({
    preferred: candidate.preferred,
    boxes: {
      left: labelBox(candidate, 'left', textSize, marks),
      right: labelBox(candidate, 'right', textSize, marks),
      ...(marks.aboveOrBelow
        ? {
            above: verticalBox(candidate, 'above', textSize, marks, frame.width),
            below: verticalBox(candidate, 'below', textSize, marks, frame.width),
          }
        : {}),
    },
    dot: {
      left: candidate.x - radius,
      right: candidate.x + radius,
      top: candidate.y - radius,
      bottom: candidate.y + radius,
    },
    priority: candidate.priority,
  }));
  const choices = chooseLabelSides(offered, { left: 0, top: 0, right: frame.width, bottom: frame.height }, obstacles);
  return choices.map((choice, index) => ({ ...choice, box: offered[index]!.boxes[choice.side]! }));
}
