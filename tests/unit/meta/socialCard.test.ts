import { describe, expect, it } from 'vitest';
import { socialImageKey, socialImagePath } from '../../../src/lib/meta/socialImagePath.ts';
import { wrapWords } from '../../../src/lib/meta/wrapWords.ts';
import { ROUTE_PANEL, escapeXml, socialCardSvg } from '../../../src/lib/meta/socialCardSvg.ts';
import { pngSize, renderSocialCardPng } from '../../../src/lib/meta/renderSocialCardPng.ts';

describe('socialImagePath', () => {
  it('puts the home page at /og/index.png and other pages at their path', () => {
    expect(socialImagePath('/')).toBe('/og/index.png');
    expect(socialImagePath('/articles/the-2023-journey/')).toBe('/og/articles/the-2023-journey.png');
    expect(socialImageKey('/trips/a-trip')).toBe('trips/a-trip');
  });
});

describe('wrapWords', () => {
  it('breaks between words and keeps every word', () => {
    const lines = wrapWords("Kim Jong Un's September 2023 rail journey to Russia", 16);
    expect(lines.every((line) => line.length <= 16)).toBe(true);
    expect(lines.join(' ')).toBe("Kim Jong Un's September 2023 rail journey to Russia");
  });

  it('keeps a word longer than the line whole rather than cutting it', () => {
    expect(wrapWords('Vladivostok-Khabarovsk line', 8)).toEqual(['Vladivostok-Khabarovsk', 'line']);
  });
});

describe('socialCardSvg', () => {
  it('escapes the title so quotes and ampersands cannot break the SVG', () => {
    const svg = socialCardSvg({ title: 'Trains & "armour" <b>', kind: 'Article' }, 'Site');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain(escapeXml('Trains & "armour" <b>').split(' ')[1]);
  });

  it('draws the route panel only when the page has a route', () => {
    const plain = socialCardSvg({ title: 'Sources', kind: 'Sources' }, 'Site');
    expect(plain).not.toContain('<polyline');
    const route = [
      { x: ROUTE_PANEL.x + 40, y: ROUTE_PANEL.y + 400, label: 'Pyongyang' },
      { x: ROUTE_PANEL.x + 300, y: ROUTE_PANEL.y + 60, label: 'Vladivostok' },
    ];
    const withRoute = socialCardSvg({ title: 'A trip', kind: 'Trip', route }, 'Site');
    expect(withRoute).toContain('<polyline');
    expect(withRoute).toContain('>Pyongyang</text>');
  });

  it('renders to a 1200×630 PNG with the bundled fonts', () => {
    const png = renderSocialCardPng(socialCardSvg({ title: 'The Armored Train', kind: 'Explainer' }, 'Site'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('pngSize', () => {
  it('refuses bytes that are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
