import { expect, test, type Locator, type Page } from './support/test.ts';

/**
 * Every place name on an interactive trip map is whole inside the map's frame when the map
 * opens, on a phone as on a desktop: a name like "Pyongyang" at the east end of a short
 * trip used to run off the edge at 390 px.
 */
/** A trip page's live map, loaded as a reader loads it (by pointing at it), without motion. */
async function openTripMap(page: Page, slug: string, width: number): Promise<Locator> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/trips/${slug}/`);
  const map = page.locator('route-map');
  await map.hover();
  await expect(map).toHaveAttribute('data-ready', 'true');
  return map;
}

const TRIPS = ['kim-jong-un-beijing-2018', 'kim-jong-un-russia-2023', 'kim-jong-un-singapore-2018'];

for (const width of [390, 1280]) {
  for (const slug of TRIPS) {
    test(`/trips/${slug}/ at ${width} px shows every place name whole`, async ({ page }) => {
      const map = await openTripMap(page, slug, width);
      const cut = await map.evaluate((frame) => {
        const box = frame.getBoundingClientRect();
        return [...frame.querySelectorAll('.map-stop__label')]
          .filter((label) => {
            const text = label.getBoundingClientRect();
            return text.left < box.left || text.right > box.right || text.top < box.top || text.bottom > box.bottom;
          })
          .map((label) => label.textContent);
      });
      expect(await map.locator('.map-stop__label').count()).toBeGreaterThan(1);
      expect(cut).toEqual([]);
    });
  }
}

/**
 * A trip far from Korea is shown whole when its map opens: every place's dot inside the
 * frame. Room for the names at the edges once pushed Moscow off a phone's map, because the
 * frame could not be that wide at the map's widest zoom.
 */
const FAR_TRIPS = ['kim-jong-il-moscow-2001', 'kim-il-sung-europe-1984', 'kim-jong-un-hanoi-2019'];

for (const width of [390, 1280]) {
  for (const slug of FAR_TRIPS) {
    test(`/trips/${slug}/ at ${width} px shows every place of the trip`, async ({ page }) => {
      const map = await openTripMap(page, slug, width);
      const outside = await map.evaluate((host) => {
        const box = host.querySelector('.route-map__leaflet')!.getBoundingClientRect();
        return [...host.querySelectorAll('.leaflet-marker-pane .map-stop')]
          .filter((stop) => {
            const dot = stop.querySelector('.map-stop__dot')!.getBoundingClientRect();
            const [x, y] = [dot.left + dot.width / 2, dot.top + dot.height / 2];
            return x < box.left || x > box.right || y < box.top || y > box.bottom;
          })
          .map((stop) => stop.querySelector('.map-stop__label')?.firstChild?.textContent);
      });
      expect(await map.locator('.leaflet-marker-pane .map-stop').count()).toBeGreaterThan(2);
      expect(outside).toEqual([]);
    });
  }
}
