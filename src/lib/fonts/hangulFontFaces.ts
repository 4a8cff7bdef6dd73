/**
 * The site's Hangul font, added to a page in one step once the faces its Korean text needs
 * have arrived (AfterFirstPaint.astro), instead of as a stylesheet.
 *
 * Added as a stylesheet, the font changed the Korean text twice: once when the rules arrived
 * and the browser, still fetching the files, drew the text in a stand-in, and again when the
 * files came. On a page whose Korean source titles are in the first screen (/sources/1990s/)
 * the stand-in wrapped a heading onto one more line and back, a layout shift of 0.07. Loaded
 * first and added after, the faces change the text once, from the reader's own font to the
 * site's, which here lays it out the same.
 *
 * The stylesheet stays the one description of the faces (src/integrations/hangulFont.ts
 * writes it; the <noscript> link uses it as it is); this reads its rules.
 */

export interface FontFaceRule {
  family: string;
  url: string;
  unicodeRange: string;
}

/** The @font-face rules of the font's stylesheet: each face's family, file and characters. */
export function fontFaceRules(css: string): FontFaceRule[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body = '']) => {
    const family = /font-family\s*:\s*["']?([^;"'}]+?)["']?\s*(?:;|$)/.exec(body)?.[1];
    const url = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(body)?.[1];
    const unicodeRange = /unicode-range\s*:\s*([^;}]+)/.exec(body)?.[1]?.trim();
    return family && url && unicodeRange ? [{ family, url, unicodeRange }] : [];
  });
}

/** Whether a unicode-range ("U+AC00, U+AC02-AC05") holds a code point. */
export function rangeHolds(unicodeRange: string, codePoint: number): boolean {
  return unicodeRange.split(',').some((part) => {
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return codePoint >= parseInt(from, 16) && codePoint <= parseInt(to, 16);
  });
}

/** The rules whose characters appear in `text`: the faces a page must have before it shows the font. */
export function rulesFor(rules: FontFaceRule[], text: string): FontFaceRule[] {
  const codePoints = [...new Set(text)].map((character) => character.codePointAt(0)!);
  return rules.filter((rule) => codePoints.some((codePoint) => rangeHolds(rule.unicodeRange, codePoint)));
}
