/**
 * How wide a name will be drawn, estimated before any browser draws it: the maps drawn at
 * build time place names so that none runs into another, and a name counted as narrower
 * than it is does run into its neighbour. The widths are those of the bold sans-serif
 * faces readers' systems fall back to (DejaVu Sans, Noto Sans, Liberation Sans), letter by
 * letter in ems, on the generous side: a face narrower than these leaves a little space.
 */

const NARROW = new Set([..."iljtfrI!.,:;|-‐‑’' ()"]);
const WIDE = new Set([...'mwMWшщжмюыШЩЖМЮЫ—']);

/** A letter's advance in ems. */
function advance(character: string): number {
  if (NARROW.has(character)) return 0.38;
  if (WIDE.has(character)) return 0.98;
  // Hangul, Chinese characters and their punctuation are a square em each.
  if (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/u.test(character)) return 1;
  if (/\p{Lu}/u.test(character)) return 0.76;
  return 0.68;
}

/** Room for faces a little wider than the ones the advances were read from. */
const MARGIN = 1.04;

/** The width of a line of text, in ems of its font size. */
export function textWidthEm(text: string): number {
  return [...text].reduce((width, character) => width + advance(character), 0) * MARGIN;
}
