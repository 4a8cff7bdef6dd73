import { describe, expect, it } from 'vitest';
import { fontFaceRules, rangeHolds, rulesFor } from '../../../src/lib/fonts/hangulFontFaces.ts';

// The stylesheet as the build writes it, minified, and as a person would write it.
const minified =
  '@font-face{font-family:Train Hangul;font-display:swap;src:url(/_astro/a.X1.woff2)format("woff2");unicode-range:U+AC00,U+D3C9}' +
  '@font-face{font-family:Train Hangul;font-display:swap;src:url(/_astro/b.X2.woff2)format("woff2");unicode-range:U+C591-C593}';
const spaced = `@font-face {
  font-family: 'Train Hangul';
  src: url("/_astro/c.woff2") format('woff2');
  unicode-range: U+B0A8;
}`;

describe('fontFaceRules', () => {
  it("reads each face's family, file and characters", () => {
    expect(fontFaceRules(minified)).toEqual([
      { family: 'Train Hangul', url: '/_astro/a.X1.woff2', unicodeRange: 'U+AC00,U+D3C9' },
      { family: 'Train Hangul', url: '/_astro/b.X2.woff2', unicodeRange: 'U+C591-C593' },
    ]);
    expect(fontFaceRules(spaced)).toEqual([{ family: 'Train Hangul', url: '/_astro/c.woff2', unicodeRange: 'U+B0A8' }]);
  });

  it('skips a rule that lacks a file or characters', () => {
    expect(fontFaceRules('@font-face{font-family:X;unicode-range:U+AC00}')).toEqual([]);
  });
});

describe('rangeHolds', () => {
  it('finds a code point listed alone or inside a run, and nothing else', () => {
    expect(rangeHolds('U+AC00, U+C591-C593', 0xac00)).toBe(true);
    expect(rangeHolds('U+AC00, U+C591-C593', 0xc592)).toBe(true);
    expect(rangeHolds('U+AC00, U+C591-C593', 0xc594)).toBe(false);
  });
});

describe('rulesFor', () => {
  it("keeps only the faces that draw some of the text's characters", () => {
    // 평양 is U+D3C9 U+C591: one character in each face.
    expect(rulesFor(fontFaceRules(minified), '평').map((rule) => rule.url)).toEqual(['/_astro/a.X1.woff2']);
    expect(rulesFor(fontFaceRules(minified), '평양').map((rule) => rule.url)).toHaveLength(2);
    expect(rulesFor(fontFaceRules(minified), 'Pyongyang')).toEqual([]);
  });
});
