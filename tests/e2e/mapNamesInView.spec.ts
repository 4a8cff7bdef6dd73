import { expect, test, type Page } from './support/test.ts';
import { inside, overlaps } from '../../src/lib/mapLayout/labelSides.ts';
import { openHomeMapByTouch } from './support/homeMapByTouch.ts';

/**
 * On the live map, every name a reader can see is whole and readable: no stop's name or
 * sea's or country's name is cut by the map's edge, and no sea or country is printed
 * under a stop's name (the stop's name matters more; the sea's gives way).
 */
interface Shown {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

async function namesOnShow(page: Page): Promise<{ frame: Shown; stops: Shown[]; areas: Shown[] }> {
  return page.evaluate(() => {
    const box = (element: Element): Shown => {
      const rect = element.getBoundingClientRect();
      return {
        text: element.textContent ?? '',
        left: rect.left,
        top: rect.top,
        right: rect.right,
        bottom: rect.bottom,
      };
    };
    // Hidden by its own style or by a marker's (a stop set aside in a crowd is transparent).
    const visible = (element: Element): boolean =>
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      element.getClientRects().length > 0;
    const container = document.querySelector('route-map .leaflet-container')!;
    return {
      frame: box(container),
      stops: [...container.querySelectorAll('.map-stop__label')].filter(visible).map(box),
      areas: [...container.querySelectorAll('.map-area-label__text')].filter(visible).map(box),
    };
  });
}

/** Partly inside the frame and partly outside it: a name wholly outside is not on show at all. */
const cut = (name: Shown, frame: Shown): boolean => overlaps(name, frame) && !inside(name, frame);

for (const width of [320, 390]) {
  test(`the home map's names are whole and apart on a ${width} px phone`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await openHomeMapByTouch(page);
    const { frame, stops, areas } = await namesOnShow(page);
    expect(stops.length).toBeGreaterThan(3);
    const problems = [
      ...[...stops, ...areas].filter((name) => cut(name, frame)).map((name) => `"${name.text}" is cut by the edge`),
      ...areas.flatMap((area) =>
        stops.filter((stop) => overlaps(area, stop)).map((stop) => `"${area.text}" lies under "${stop.text}"`),
      ),
    ];
    expect(problems).toEqual([]);
    await context.close();
  });
}
