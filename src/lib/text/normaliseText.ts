/**
 * Text compared across documents should not differ by typography: curly against
 * straight quotes, dash styles, non-breaking spaces or line breaks.
 */
export function normaliseForComparison(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
