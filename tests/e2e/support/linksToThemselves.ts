import { expect, type Locator, type Page } from '@playwright/test';

/** How to find one element's link to itself. */
export interface OwnLink {
  /** The link's accessible name, read from the element it links to. */
  name: (element: Locator) => Promise<string>;
  /** Where to look for the link: inside the element unless said otherwise (the whole page, say). */
  within?: (element: Locator) => Locator | Page;
}

/**
 * Every element found (more than `moreThan` of them, so an empty page cannot pass) has a
 * visible link to its own id, the address a journalist copies to cite that one part of a page.
 */
export async function expectEachLinksToItself(elements: Locator, moreThan: number, link: OwnLink): Promise<void> {
  expect(await elements.count()).toBeGreaterThan(moreThan);
  for (const element of await elements.all()) {
    const id = await element.getAttribute('id');
    const ownLink = (link.within?.(element) ?? element).getByRole('link', { name: await link.name(element) });
    await expect(ownLink).toBeVisible();
    await expect(ownLink).toHaveAttribute('href', `#${id}`);
  }
}
