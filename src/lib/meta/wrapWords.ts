/**
 * Breaks a title into lines for the social card. SVG has no text wrapping, so lines are
 * measured in characters: the card's font is fixed (DejaVu Sans), so an average glyph
 * width is a safe enough estimate.
 */
export function wrapWords(text: string, maxCharsPerLine: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= maxCharsPerLine || current === '') {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
