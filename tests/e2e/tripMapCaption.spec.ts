import { expect, test } from './support/test.ts';
import { MAP_DATA } from '../support/builtMapData.ts';
import { tripFiles } from './support/contentFiles.ts';

/**
 * A map's caption must not claim more than the sources: a trip whose route and means of
 * travel are unknown is not described as a train ride, and the main route's provenance,
 * which speaks of that line, stays with it.
 */
const unknownMode = tripFiles().find((trip) => trip.mode === 'unknown');
const byRail = MAP_DATA.trips.find((trip) => trip.segments.some((segment) => segment.kind === 'rail'));

test('a trip of unknown mode is captioned as an unknown route', async ({ page }) => {
  expect(unknownMode, 'the content has a trip whose mode the sources do not give').toBeDefined();
  await page.goto(`/trips/${unknownMode!.slug}/`);
  const caption = page.locator('.route-map__caption');
  await expect(caption).toContainText('Route and means of travel not known');
  await expect(caption).not.toContainText('Railway');
});

test('a trip along the railways has the railway caption, and the home map its route provenance', async ({ page }) => {
  await page.goto(`/trips/${byRail!.slug}/`);
  const caption = page.locator('.route-map__caption');
  await expect(caption).toContainText('Railway (approximate line)');
  await expect(caption).toContainText('gazetteers');
  await page.goto('/');
  await expect(page.locator('.route-map__caption')).toContainText(MAP_DATA.route.provenance!.slice(0, 60));
});
