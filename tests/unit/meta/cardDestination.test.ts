import { describe, expect, it } from 'vitest';
import { ROUTE_PANEL, socialCardSvg, type CardPoint, type CardRoute } from '../../../src/lib/meta/socialCardSvg.ts';
import { textWidthEm } from '../../../src/lib/mapLayout/textWidth.ts';

/**
 * A trip's card names where the trip went, whatever the shape of its line: the name is
 * drawn, inside the panel, and no line runs across it. Where a name beside, above or below
 * the dot would meet the line or another place, it is set a little higher or lower.
 * The routes below are drawn in panel pixels, as cards of real trips lay them out.
 */
interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every text drawn in the card's panel, with the box its letters take (the font's ascent and descent). */
function textsInPanel(svg: string): TextBox[] {
  const texts = [
    ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)"[^>]*font-size="(\d+)"[^>]*>([^<]+)<\/text>/g),
  ];
  return texts.map(([, x, y, anchor, size, text]) => {
    const width = textWidthEm(text!) * Number(size);
    const start = anchor === 'start' ? Number(x) : anchor === 'end' ? Number(x) - width : Number(x) - width / 2;
    return {
      text: text!,
      left: start,
      right: start + width,
      top: Number(y) - 0.95 * Number(size),
      bottom: Number(y) + 0.25 * Number(size),
    };
  });
}

/** The route's lines as drawn, each a list of points. */
function polylines(svg: string): Array<Array<{ x: number; y: number }>> {
  return [...svg.matchAll(/<polyline points="([^"]+)"[^>]*stroke-width="(\d+)"/g)].map(([, points]) =>
    points!.split(' ').map((pair) => {
      const [x, y] = pair.split(',').map(Number);
      return { x: x!, y: y! };
    }),
  );
}

/** Whether a line of this half-width, from a to b, touches the box. */
function crosses(box: TextBox, a: { x: number; y: number }, b: { x: number; y: number }, halfWidth: number): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y)));
  for (let step = 0; step <= steps; step += 1) {
    const x = a.x + ((b.x - a.x) * step) / steps;
    const y = a.y + ((b.y - a.y) * step) / steps;
    if (
      x > box.left - halfWidth &&
      x < box.right + halfWidth &&
      y > box.top - halfWidth &&
      y < box.bottom + halfWidth
    ) {
      return true;
    }
  }
  return false;
}

const inPanel = (x: number, y: number): CardPoint => ({ x: ROUTE_PANEL.x + x, y: ROUTE_PANEL.y + y });
const place = (x: number, y: number, label?: string, nativeName?: string, destination = false): CardPoint => ({
  ...inPanel(x, y),
  ...(label ? { label } : {}),
  ...(nativeName ? { nativeName } : {}),
  ...(destination ? { destination } : {}),
});

/** Vladivostok at the end of a line that loops north of it, the panel's edge close on its right. */
function endOfALoopingLine(): CardRoute {
  const stops = [
    place(74, 358, 'Pyongyang', '평양'),
    place(209, 237),
    place(238, 208),
    place(279, 178, 'Vladivostok', 'Владивосток', true),
  ];
  const line = [
    [74, 358],
    [209, 237],
    [238, 208],
    [262, 184],
    [269, 178],
    [280, 153],
    [289, 166],
    [279, 178],
  ].map(([x, y]) => inPanel(x!, y!));
  return { lines: [line], stops };
}

/** Vladivostok at the end of a short branch, among the unnamed stations where the lines meet. */
function amongUnnamedStations(): CardRoute {
  const stops = [
    place(73, 434, 'Pyongyang', '평양'),
    place(107, 412),
    place(150, 365),
    place(160, 353),
    place(166, 348),
    place(167, 348),
    place(191, 316),
    place(192, 312),
    place(252, 182),
    place(242, 180),
    place(125, 110),
    place(122, 80),
    place(289, 121),
    place(196, 324),
    place(190, 330, 'Vladivostok', 'Владивосток', true),
  ];
  const lines = [
    [
      [73, 434],
      [107, 412],
      [150, 365],
      [166, 348],
      [191, 316],
      [192, 312],
      [252, 182],
      [242, 180],
      [125, 110],
      [122, 80],
    ],
    [
      [242, 180],
      [289, 121],
    ],
    [
      [191, 316],
      [196, 324],
      [190, 330],
    ],
  ].map((line) => line.map(([x, y]) => inPanel(x!, y!)));
  return { lines, stops };
}

/** Changchun at the west end of a short branch, with lines close on its east, north-east and south-east. */
function hemmedInByLines(): CardRoute {
  const stops = [
    place(109, 433, 'Pyongyang', '평양'),
    place(125, 327),
    place(140, 183),
    place(92, 181, 'Changchun', undefined, true),
    place(144, 79),
    place(259, 143),
    place(268, 230),
  ];
  const line = [
    [109, 433],
    [125, 327],
    [140, 183],
    [92, 181],
    [107, 146],
    [144, 79],
    [195, 108],
    [259, 143],
    [268, 230],
  ].map(([x, y]) => inPanel(x!, y!));
  return { lines: [line], stops };
}

describe("a trip's card names its destination", () => {
  for (const [shape, route] of [
    ['at the end of a line that loops back near the panel’s edge', endOfALoopingLine()],
    ['among unnamed stations where lines meet', amongUnnamedStations()],
    ['hemmed in by lines on the side the panel leaves room', hemmedInByLines()],
  ] as const) {
    it(shape, () => {
      const svg = socialCardSvg({ title: 'A trip', kind: 'Trip', route }, 'Site');
      const destination = route.stops.find((stop) => stop.destination)!;
      const names = textsInPanel(svg).filter((text) => [destination.label, destination.nativeName].includes(text.text));
      expect(names.map((name) => name.text)).toEqual([destination.label, destination.nativeName].filter(Boolean));
      for (const name of names) {
        expect(name.left).toBeGreaterThanOrEqual(ROUTE_PANEL.x);
        expect(name.right).toBeLessThanOrEqual(ROUTE_PANEL.x + ROUTE_PANEL.width);
        const crossing = polylines(svg).some((line) =>
          line.slice(1).some((to, index) => crosses(name, line[index]!, to, 4)),
        );
        expect(crossing, `a line crosses "${name.text}"`).toBe(false);
        const dotUnder = route.stops.some(
          (stop) =>
            stop !== destination &&
            stop.x + 10 > name.left &&
            stop.x - 10 < name.right &&
            stop.y + 10 > name.top &&
            stop.y - 10 < name.bottom,
        );
        expect(dotUnder, `another place's dot under "${name.text}"`).toBe(false);
      }
    });
  }
});
