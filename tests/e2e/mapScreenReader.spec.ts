import { expect, test } from './support/test.ts';

/**
 * The interactive map as a screen reader meets it: the focusable map box has a role, a
 * short name and instructions (read from the accessibility tree), and what changes on the
 * map is said in a polite live region.
 */
test('the loaded map is a named region with instructions, and says what it shows', async ({ page }) => {
  await page.goto('/trips/');
  const host = page.locator('route-map');
  await host.locator('.route-map__explore').focus();
  await expect(host).toHaveAttribute('data-ready', 'true');

  const map = host.getByRole('region');
  await expect(map).toHaveCount(1);
  await expect(map).toBeFocused();
  const name = (await map.getAttribute('aria-label')) ?? '';
  await expect(map).toHaveAccessibleName(/map/i);
  // A name, not a run-on of every label on the map.
  expect(name.length).toBeLessThan(60);
  await expect(map).toHaveAccessibleDescription(/arrow keys/i);

  const live = host.locator('[aria-live="polite"]');
  await expect(live).toHaveCount(1);

  // A trip chosen in the timeline is announced by its title.
  const chooser = page.locator('trip-timeline button[aria-pressed]').first();
  const title = (await chooser.textContent())!.trim();
  await chooser.click();
  await expect(live).toContainText(title);

  // A stop opened from the keyboard is announced by its name.
  await page.locator('.map-stop').first().focus();
  await page.keyboard.press('Enter');
  const stopName = (await page.locator('.leaflet-popup .map-popup__title').textContent())!;
  await expect(live).toContainText(stopName.trim().split(/\s/)[0]!);
});

test('on a trip page the map names the trip it shows', async ({ page }) => {
  await page.goto('/trips/');
  await page.goto((await page.locator('trip-timeline a[href^="/trips/"]').first().getAttribute('href'))!);
  const host = page.locator('route-map');
  await host.hover();
  await expect(host).toHaveAttribute('data-ready', 'true');
  await expect(host.getByRole('region')).toHaveAccessibleName(/map/i);
  await expect(host.getByRole('region')).toHaveAccessibleDescription(/arrow keys/i);
});
