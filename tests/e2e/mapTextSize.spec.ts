import { expect, test, type Page } from './support/test.ts';

/**
 * Map text stays readable on the narrowest phone: no label under 11 CSS pixels, on the
 * static drawing a page opens with and on the interactive map that replaces it.
 */
test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

const MIN_PX = 11;

async function smallStaticText(page: Page): Promise<string[]> {
  return page.locator('route-map svg.route-map__static').evaluateAll((svgs) =>
    svgs
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .flatMap((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll('text, tspan')].flatMap((node) => {
          const size = parseFloat(getComputedStyle(node).fontSize) * scale;
          return node.textContent?.trim() && size < 11 ? [`${node.textContent.trim()}: ${size.toFixed(1)} px`] : [];
        });
      }),
  );
}

async function smallLiveText(page: Page): Promise<string[]> {
  return page.locator('route-map .leaflet-container').evaluate((map) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(map, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      const box = parent.getBoundingClientRect();
      if (
        !node.textContent?.trim() ||
        box.width === 0 ||
        parent.closest('.visually-hidden, .leaflet-popup, [aria-hidden="true"]')
      )
        continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 11) found.push(`${node.textContent.trim()}: ${size} px`);
    }
    return found;
  });
}

for (const which of ['home', 'a trip'] as const) {
  test(`map labels on ${which} page are at least ${MIN_PX} px at 320 px wide`, async ({ page }) => {
    let path = '/';
    if (which === 'a trip') {
      await page.goto('/trips/');
      path = (await page.locator('a[href^="/trips/"]').first().getAttribute('href'))!;
    }
    await page.goto(path);
    expect(await smallStaticText(page)).toEqual([]);
    const host = page.locator('route-map');
    await host.locator('.route-map__explore').tap();
    await expect(host).toHaveAttribute('data-ready', 'true');
    expect(await smallLiveText(page)).toEqual([]);
  });
}
