import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIVE_MAP, SOCIAL_CARD, STATIC_MAP, liveMapSizeProperties } from '../../../src/lib/mapLayout/markSizes.ts';

/** The live map's stylesheets that draw its stops, their names and the story's train's name. */
const STYLESHEETS = ['src/components/map/mapStops.css', 'src/components/map/mapLayers.css'].map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));

describe('LIVE_MAP', () => {
  it('gives each stop a touch target of at least 24 px (WCAG 2.5.8), with its dot inside it', () => {
    expect(LIVE_MAP.stopTarget).toBeGreaterThanOrEqual(24);
    expect(LIVE_MAP.stopDot).toBeLessThan(LIVE_MAP.stopTarget);
  });

  it('starts a name beside its dot clear of the dot', () => {
    expect(LIVE_MAP.nameBeside).toBeGreaterThan(LIVE_MAP.stopDot / 2);
    expect(LIVE_MAP.nameAboveOrBelow).toBeGreaterThan(LIVE_MAP.stopDot / 2);
  });
});

describe('liveMapSizeProperties', () => {
  const properties = liveMapSizeProperties();

  it('centres the dot in the target', () => {
    const inset = parseFloat(properties['--map-stop-dot-inset']!);
    expect(2 * inset + LIVE_MAP.stopDot).toBe(LIVE_MAP.stopTarget);
  });

  it("places a name beside the dot as far from the dot's centre as the sizes say", () => {
    expect(parseFloat(properties['--map-name-beside']!)).toBe(LIVE_MAP.stopTarget / 2 + LIVE_MAP.nameBeside);
    expect(parseFloat(properties['--map-name-above-or-below']!)).toBe(
      LIVE_MAP.stopTarget / 2 + LIVE_MAP.nameAboveOrBelow,
    );
  });

  it('writes every size property the stylesheets read', () => {
    for (const { path, text } of STYLESHEETS) {
      const read = [...text.matchAll(/var\((--map-(?:stop|leader|name|native|area-name)[\w-]*)/g)].map(
        (match) => match[1]!,
      );
      for (const name of read) expect(Object.keys(properties), `${path} reads ${name}`).toContain(name);
    }
  });

  it('leaves no size of a stop or a name written as a number in the stylesheets', () => {
    const rule = /\.(map-stop[\w-]*|map-trip-label|map-area-label)\b[^{]*\{([^}]*)\}/g;
    for (const { path, text } of STYLESHEETS) {
      for (const [, selector, body] of text.matchAll(rule)) {
        const sizes = body!.match(/^\s*(width|height|inset|left|right|top|bottom|font-size)\s*:\s*[^;]*\d+px/gm) ?? [];
        expect(sizes, `${path} .${selector}`).toEqual([]);
      }
    }
  });
});

describe('STATIC_MAP', () => {
  it('keeps names clear of the whole of a dot, its stroke included', () => {
    expect(STATIC_MAP.dotClearance).toBeGreaterThanOrEqual(STATIC_MAP.dotRadius + STATIC_MAP.dotStroke / 2);
    expect(STATIC_MAP.nameGap).toBeGreaterThan(STATIC_MAP.dotClearance);
  });
});

describe('SOCIAL_CARD', () => {
  it('starts a name beyond its dot and the line under it', () => {
    expect(SOCIAL_CARD.nameGap).toBeGreaterThan(SOCIAL_CARD.dotRadius + SOCIAL_CARD.dotStroke / 2);
  });
});
