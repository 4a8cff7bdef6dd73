/**
 * The one rule for which side of its dot a place name is printed on, for every map of the
 * site: the build-time drawings (static map, social card), whose label sizes are estimated
 * from the font, and the live map, whose labels are measured in the browser. Only the sizes
 * differ; the choice is made here.
 *
 * The most important places are named first, each on its preferred side, else on the other
 * side, else (where the caller offers them) above or below the dot, whichever comes first
 * that stays inside the frame and runs into no name already placed, no obstacle and no dot
 * of a place that matters as much. A name that fits nowhere is left off: the dot stays, and
 * the table beside every map lists every place.
 */

/** Where a name goes round its dot. */
export type LabelSide = 'left' | 'right' | 'above' | 'below';

/** The sides a place's file may choose, and a name is nudged on: beside its dot. */
export type SideBeside = Extract<LabelSide, 'left' | 'right'>;

/** Where a place's file puts its name (content/places/, `label`). */
export interface LabelPlacement {
  side: SideBeside;
  /** Nudge up (negative) or down (positive), in lines of text, where two labels would touch. */
  shift: number;
}

/** A place whose file gives no `label`: its name right of the dot, on its line. */
export const DEFAULT_LABEL_PLACEMENT: LabelPlacement = { side: 'right', shift: 0 };

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelToPlace {
  preferred: SideBeside;
  /** Where the name would be drawn on each side it may take; a side left out is not tried. */
  boxes: Partial<Record<LabelSide, Box>>;
  /** The place's dot. */
  dot: Box;
  /** What a reader taps to open the place, where there is one: names above or below keep clear of others'. */
  target?: Box;
  /** Higher is named first, and may run over the dots of lower ones. */
  priority: number;
}

export interface LabelSideChoice {
  /** The side chosen, or the preferred one when the name is left off. */
  side: LabelSide;
  shown: boolean;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export const inside = (a: Box, frame: Box): boolean =>
  a.left >= frame.left && a.right <= frame.right && a.top >= frame.top && a.bottom <= frame.bottom;

/** The frame names must keep inside: a few pixels in from the edge, so no letter touches it. */
export function insetFrame(frame: Box, margin: number): Box {
  return {
    left: frame.left + margin,
    top: frame.top + margin,
    right: frame.right - margin,
    bottom: frame.bottom - margin,
  };
}

/** The sides a name is tried on, best first. */
function sidesInTurn(label: LabelToPlace): LabelSide[] {
  const opposite = label.preferred === 'left' ? 'right' : 'left';
  return ([label.preferred, opposite, 'above', 'below'] as const).filter((side) => label.boxes[side] !== undefined);
}

export function chooseLabelSides(
  labels: ReadonlyArray<LabelToPlace>,
  frame: Box,
  /** Boxes no name may cover, such as the map's buttons. */
  obstacles: ReadonlyArray<Box> = [],
): LabelSideChoice[] {
  const placed: Box[] = [];
  const choices: LabelSideChoice[] = labels.map((label) => ({ side: label.preferred, shown: false }));
  const order = labels.map((_, index) => index).sort((a, b) => labels[b]!.priority - labels[a]!.priority);
  for (const index of order) {
    const label = labels[index]!;
    // A name may run over the dot of a less important place (a junction beside a city the
    // journey stopped at), never over one that matters as much.
    const dots = labels.filter((other) => other.priority >= label.priority).map((other) => other.dot);
    const taken = [...placed, ...obstacles, ...dots];
    // Above or below, a name near another place's dot reads as that place's: clear of every target.
    const targets = labels.flatMap((other, at) => (at !== index && other.target ? [other.target] : []));
    for (const side of sidesInTurn(label)) {
      const box = label.boxes[side]!;
      const against = side === 'above' || side === 'below' ? [...taken, ...targets] : taken;
      if (inside(box, frame) && !against.some((other) => overlaps(box, other))) {
        placed.push(box);
        choices[index] = { side, shown: true };
        break;
      }
    }
  }
  return choices;
}
