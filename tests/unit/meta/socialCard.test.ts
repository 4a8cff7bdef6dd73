import { describe, expect, it } from 'vitest';
import { socialImageKey, socialImagePath, socialImageUrl } from '../../../src/lib/meta/socialImagePath.ts';
import { wrapWords } from '../../../src/lib/meta/wrapWords.ts';
import { ROUTE_PANEL, escapeXml, socialCardSvg } from '../../../src/lib/meta/socialCardSvg.ts';
import { pngSize, renderSocialCard, renderSocialCardPng } from '../../../src/lib/meta/renderSocialCardPng.ts';
import { routeOnCard } from '../../../src/lib/meta/routeOnCard.ts';

describe('socialImagePath', () => {
  it('puts the home page at /og/index.png and other pages at their path', () => {
    expect(socialImagePath('/')).toBe('/og/index.png');
    expect(socialImagePath('/articles/the-2023-journey/')).toBe('/og/articles/the-2023-journey.png');
    expect(socialImageKey('/trips/a-trip')).toBe('trips/a-trip');
  });

  it('gives the full address on the site, from a URL or a string', () => {
    expect(socialImageUrl('/trips/a-trip/', new URL('https://example.org/'))).toBe(
      'https://example.org/og/trips/a-trip.png',
    );
    expect(socialImageUrl('/', 'https://example.org')).toBe('https://example.org/og/index.png');
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
    const stops = [
      { x: ROUTE_PANEL.x + 40, y: ROUTE_PANEL.y + 400, label: 'Pyongyang' },
      { x: ROUTE_PANEL.x + 300, y: ROUTE_PANEL.y + 60, label: 'Vladivostok' },
    ];
    const route = { lines: [stops], stops };
    const withRoute = socialCardSvg({ title: 'A trip', kind: 'Trip', route }, 'Site');
    expect(withRoute).toContain('<polyline');
    expect(withRoute).toContain('>Pyongyang</text>');
  });

  it('never draws a name across the route line: the name takes the other side or waits', () => {
    // A line running east from the dot, through where a name on the right would go.
    const city = { x: ROUTE_PANEL.x + 180, y: ROUTE_PANEL.y + 250, label: 'Khasan' };
    const east = { x: ROUTE_PANEL.x + 340, y: ROUTE_PANEL.y + 252 };
    const svg = socialCardSvg(
      { title: 'A trip', kind: 'Trip', route: { lines: [[city, east]], stops: [city, east] } },
      'Site',
    );
    expect(svg).toMatch(/text-anchor="end"[^>]*>Khasan<\/text>/);
  });

  it('puts a name above or below its dot when the line takes one side and the panel edge the other', () => {
    const city = { x: ROUTE_PANEL.x + ROUTE_PANEL.width - 60, y: ROUTE_PANEL.y + 250, label: 'Khasan' };
    const west = { x: ROUTE_PANEL.x + 20, y: ROUTE_PANEL.y + 252 };
    const svg = socialCardSvg(
      { title: 'A trip', kind: 'Trip', route: { lines: [[west, city]], stops: [west, city] } },
      'Site',
    );
    expect(svg).toMatch(/text-anchor="middle"[^>]*>Khasan<\/text>/);
  });

  it('never prints a name over the dot of a place left unnamed', () => {
    const city = { x: ROUTE_PANEL.x + 200, y: ROUTE_PANEL.y + 250, label: 'Khasan' };
    // An unnamed stop just left of the city, where a name on the left would run.
    const junction = { x: ROUTE_PANEL.x + 150, y: ROUTE_PANEL.y + 250 };
    const north = { x: ROUTE_PANEL.x + 200, y: ROUTE_PANEL.y + 60 };
    const svg = socialCardSvg(
      { title: 'A trip', kind: 'Trip', route: { lines: [[north, city]], stops: [north, junction, city] } },
      'Site',
    );
    expect(svg).toMatch(/text-anchor="start"[^>]*>Khasan<\/text>/);
  });

  it('marks and names the one place of a trip that has no line, in the middle of its panel', () => {
    const place = {
      x: ROUTE_PANEL.x + ROUTE_PANEL.width / 2,
      y: ROUTE_PANEL.y + ROUTE_PANEL.height / 2,
      label: 'Pyongyang',
    };
    const svg = socialCardSvg(
      { title: 'A death on the train', kind: 'Trip', route: { lines: [], stops: [place] } },
      'Site',
    );
    expect(svg).not.toContain('<polyline');
    expect(svg).toContain(`cx="${place.x.toFixed(1)}"`);
    expect(svg).toContain('>Pyongyang</text>');
  });

  it('renders to a 1200×630 PNG with the bundled fonts', async () => {
    const png = await renderSocialCardPng(socialCardSvg({ title: 'The Armored Train', kind: 'Explainer' }, 'Site'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it("draws a place's Korean name under its English one", () => {
    const stops = [
      { x: ROUTE_PANEL.x + 60, y: ROUTE_PANEL.y + 400, label: 'Pyongyang', nativeName: '평양' },
      { x: ROUTE_PANEL.x + 300, y: ROUTE_PANEL.y + 60 },
    ];
    const svg = socialCardSvg({ title: 'A trip', kind: 'Trip', route: { lines: [stops], stops } }, 'Site');
    expect(svg).toMatch(/font-family="Noto Sans KR, DejaVu Sans"[^>]*>평양<\/text>/);
  });

  it('draws Hangul with real glyphs, not the empty boxes of a font without them', async () => {
    // A missing glyph is drawn as the same box whatever the character, so two words made of
    // the same two syllables in a different order look alike unless the glyphs are there.
    const card = (word: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#fff"/>` +
      `<text x="100" y="200" font-family="Noto Sans KR, DejaVu Sans" font-size="80">${word}</text></svg>`;
    const [first, second] = await Promise.all([renderSocialCard(card('평양')), renderSocialCard(card('양평'))]);
    let inked = 0;
    let differing = 0;
    for (let index = 0; index < first.pixels.length; index += 4) {
      if (first.pixels[index]! < 128) inked += 1;
      if (first.pixels[index] !== second.pixels[index]) differing += 1;
    }
    expect(inked).toBeGreaterThan(500);
    expect(differing).toBeGreaterThan(500);
  });
});

describe('pngSize', () => {
  it('refuses bytes that are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe('routeOnCard', () => {
  it('fits the route inside the map panel, north up and east right', () => {
    const pyongyang: [number, number] = [125.75, 39.03];
    const vladivostok: [number, number] = [131.89, 43.12];
    const { lines, stops } = routeOnCard({
      lines: [[pyongyang, [128.5, 41.5], vladivostok]],
      stops: [{ position: pyongyang, label: 'Pyongyang' }, { position: vladivostok }],
    });
    for (const point of [...lines.flat(), ...stops]) {
      expect(point.x).toBeGreaterThanOrEqual(ROUTE_PANEL.x);
      expect(point.x).toBeLessThanOrEqual(ROUTE_PANEL.x + ROUTE_PANEL.width);
      expect(point.y).toBeGreaterThanOrEqual(ROUTE_PANEL.y);
      expect(point.y).toBeLessThanOrEqual(ROUTE_PANEL.y + ROUTE_PANEL.height);
    }
    const [start, end] = stops;
    expect(end!.x).toBeGreaterThan(start!.x);
    expect(end!.y).toBeLessThan(start!.y);
    expect(start!.label).toBe('Pyongyang');
    expect(end).not.toHaveProperty('label');
  });

  it('centres a trip that stayed in one place, with land around it, instead of dividing by zero', () => {
    const pyongyang: [number, number] = [125.75, 39.03];
    const card = routeOnCard(
      { lines: [[pyongyang, pyongyang]], stops: [{ position: pyongyang, label: 'Pyongyang' }] },
      ({ bounds }) => {
        expect(bounds.east - bounds.west).toBeGreaterThan(1);
        return { id: 'test', bounds, land: [], borders: [] };
      },
    );
    const [stop] = card.stops;
    expect(stop!.x).toBeCloseTo(ROUTE_PANEL.x + ROUTE_PANEL.width / 2, -1);
    expect(stop!.y).toBeCloseTo(ROUTE_PANEL.y + ROUTE_PANEL.height / 2, -1);
    expect(card.lines).toEqual([]);
  });
});
