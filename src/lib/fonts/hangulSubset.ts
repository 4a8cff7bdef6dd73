/**
 * Which Hangul the site shows, and the @font-face rules that bring a font for exactly those
 * syllables. Readers without a Korean system font would otherwise see empty boxes for the
 * places' Korean names and the Korean reports quoted on the sources pages.
 *
 * The font is Noto Sans KR as Fontsource ships it: cut into slices by unicode-range, no
 * slice holding the whole of Hangul. Each slice that holds a syllable the site uses is cut
 * down to those syllables, and its rule's unicode-range names only them, so a browser
 * fetches a file only when a page shows one of its syllables.
 */

/** Hangul syllables, Jamo and compatibility Jamo. */
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/gu;

export const HANGUL_FONT_FAMILY = 'Train Hangul';

export interface FontSlice {
  /** The slice's file name without its extension, e.g. `noto-sans-kr-117-400-normal`. */
  file: string;
  ranges: Array<[number, number]>;
}

/** The distinct Hangul characters in the texts, in code-point order. */
export function hangulCharacters(texts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(HANGUL)) found.add(match[0]);
  return [...found].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/** A CSS unicode-range for the characters, runs of neighbours joined. */
export function unicodeRange(characters: string[]): string {
  const points = [...new Set(characters.map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < points.length;) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    const hex = (n: number): string => n.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(points[i]!)}` : `U+${hex(points[i]!)}-${hex(points[j]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The slices of a Fontsource stylesheet such as `@fontsource/noto-sans-kr/400.css`. */
export function fontsourceSlices(css: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const rule of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const file = /files\/([^)/]+)\.woff2/.exec(rule[1]!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(rule[1]!)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    });
    slices.push({ file, ranges });
  }
  return slices;
}

/**
 * The characters grouped by the slice that holds them. A character no slice holds is left
 * out: the font has no glyph to give it.
 */
export function charactersBySlice(characters: string[], slices: FontSlice[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const character of characters) {
    const point = character.codePointAt(0)!;
    const slice = slices.find((s) => s.ranges.some(([from, to]) => point >= from && point <= to));
    if (!slice) continue;
    groups.set(slice.file, [...(groups.get(slice.file) ?? []), character]);
  }
  return groups;
}

/**
 * One @font-face rule a slice, each limited to the characters cut into its file. The files
 * are the regular weight; declared as such, bold Korean text is emboldened by the browser.
 * `urlOf` says where each subset is found, for the bundler to resolve.
 */
export function hangulFontFaces(groups: Map<string, string[]>, urlOf: (file: string) => string): string {
  return [...groups]
    .map(
      ([file, characters]) =>
        `@font-face {\n  font-family: '${HANGUL_FONT_FAMILY}';\n  font-style: normal;\n  font-weight: 400;\n` +
        `  font-display: swap;\n  src: url("${urlOf(file)}") format('woff2');\n` +
        `  unicode-range: ${unicodeRange(characters)};\n}\n`,
    )
    .join('');
}
