import { expect, test, type Page } from './support/test.ts';
import { inside, overlaps } from '../../src/lib/mapLayout/labelSides.ts';
import { PAGE_PATHS } from '../support/builtPages.ts';

/**
 * The maps drawn at build time are what a reader sees before the live map loads, and all
 * a reader without JavaScript or on paper sees. Their names are placed by an estimate of
 * the text's width; here the browser measures the names as drawn and checks that no two
 * run into each other and none runs off the drawing, on every page with a map, in the
 * drawing shown on a phone and the one shown on a desktop.
 */
const MAP_PAGES = PAGE_PATHS.filter((path) => path === '/' || /^\/trips\/[^/]+\/$/.test(path));

interface DrawnName {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The names of the drawing on show, as boxes in the drawing's own units. */
async function drawnNames(page: Page): Promise<{ width: number; height: number; names: DrawnName[] }> {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.route-map__static')].find(
      (drawing) => drawing.getBoundingClientRect().width > 0,
    )!;
    const names = [...svg.querySelectorAll<SVGTextElement>('.static-map__label')].map((label) => {
      const box = label.getBBox();
      return {
        text: label.textContent ?? '',
        left: box.x,
        top: box.y,
        right: box.x + box.width,
        bottom: box.y + box.height,
      };
    });
    return { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height, names };
  });
}

for (const width of [390, 1280]) {
  test(`the names on the drawn maps stay apart and inside the drawing at ${width} px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    for (const path of MAP_PAGES) {
      await page.goto(path);
      const drawing = await drawnNames(page);
      drawing.names.forEach((name, index) => {
        if (!inside(name, { left: 0, top: 0, right: drawing.width, bottom: drawing.height })) {
          problems.push(`${path}: "${name.text}" runs off the drawing`);
        }
        for (const other of drawing.names.slice(index + 1)) {
          if (overlaps(name, other))
            problems.push(
              `${path}: "${name.text}" runs into "${other.text}" ${JSON.stringify([name, other].map((b) => [b.left, b.top, b.right, b.bottom].map(Math.round)))}`,
            );
        }
      });
    }
    expect(MAP_PAGES.length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });
}
