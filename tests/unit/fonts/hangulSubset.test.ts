import { describe, expect, it } from 'vitest';
import {
  charactersBySlice,
  fontsourceSlices,
  hangulCharacters,
  hangulFontFaces,
  unicodeRange,
} from '../../../src/lib/fonts/hangulSubset.ts';

const css = `/* a */
@font-face {
  font-family: 'Noto Sans KR';
  src: url(./files/noto-sans-kr-117-400-normal.woff2) format('woff2'), url(./files/noto-sans-kr-117-400-normal.woff) format('woff');
  unicode-range: U+d3c9, U+c500-c600;
}
@font-face {
  font-family: 'Noto Sans KR';
  src: url(./files/noto-sans-kr-118-400-normal.woff2) format('woff2');
  unicode-range: U+ac00-ac10;
}`;

describe('hangulCharacters', () => {
  it('finds each Hangul character once, in code-point order, and nothing else', () => {
    const texts = ['name:\n  en: Pyongyang\n  ko: 평양', '양강도 Ryanggang'];
    expect(hangulCharacters(texts)).toEqual(['강', '도', '양', '평']);
  });
});

describe('unicodeRange', () => {
  it('joins neighbouring code points into runs', () => {
    expect(unicodeRange(['가', '각', '갂', '평'])).toBe('U+AC00-AC02, U+D3C9');
  });
});

describe('slices', () => {
  const slices = fontsourceSlices(css);
  it('reads each slice file with its ranges', () => {
    expect(slices).toEqual([
      {
        file: 'noto-sans-kr-117-400-normal',
        ranges: [
          [0xd3c9, 0xd3c9],
          [0xc500, 0xc600],
        ],
      },
      { file: 'noto-sans-kr-118-400-normal', ranges: [[0xac00, 0xac10]] },
    ]);
  });
  it('groups characters by the slice holding them and leaves out what none holds', () => {
    const groups = charactersBySlice(['가', '양', '평', '힣'], slices);
    expect([...groups]).toEqual([
      ['noto-sans-kr-118-400-normal', ['가']],
      ['noto-sans-kr-117-400-normal', ['양', '평']],
    ]);
    const faces = hangulFontFaces(groups, (file) => `/cache/${file}.woff2`);
    expect(faces).toContain('src: url("/cache/noto-sans-kr-117-400-normal.woff2")');
    expect(faces).toContain('unicode-range: U+C591, U+D3C9;');
    expect(faces.match(/@font-face/g)).toHaveLength(2);
  });
});
