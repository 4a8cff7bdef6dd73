/**
 * A static map's label that would run past the drawing's edge moves to the other side of
 * its dot. The placement is chosen for the map's geography; only the text size, which the
 * drawing learns last, tells whether the name fits on that side.
 */
export interface PlacedLabel {
  x: number;
  anchor: 'start' | 'end';
  labelX: number;
  name: string;
}

/** A generous width for sans-serif text: most letters are narrower than 0.6 em. */
const EM_PER_CHARACTER = 0.6;

export function keepLabelInside<T extends PlacedLabel>(label: T, textSize: number, drawingWidth: number): T {
  const width = label.name.length * textSize * EM_PER_CHARACTER;
  const gap = Math.abs(label.labelX - label.x);
  if (label.anchor === 'start' && label.labelX + width > drawingWidth && label.x - gap - width >= 0) {
    return { ...label, anchor: 'end', labelX: label.x - gap };
  }
  if (label.anchor === 'end' && label.labelX - width < 0 && label.x + gap + width <= drawingWidth) {
    return { ...label, anchor: 'start', labelX: label.x + gap };
  }
  return label;
}
