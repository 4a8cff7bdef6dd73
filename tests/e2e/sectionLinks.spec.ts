import { expect, test, type Page } from './support/test.ts';
import { expectEachLinksToItself } from './support/linksToThemselves.ts';

const ARTICLE = '/articles/the-2023-journey/';

/** The article's section headings as the page has them: id and text, in order. */
async function sectionHeadings(page: Page): Promise<Array<{ id: string; text: string }>> {
  await page.goto(ARTICLE);
  return page
    .locator('.section-heading h2[id]')
    .evaluateAll((nodes) => nodes.map((node) => ({ id: node.id, text: (node.textContent ?? '').trim() })));
}

test('opening an article at a heading id brings that heading into view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  const last = (await sectionHeadings(page)).at(-1)!;
  await page.goto(`${ARTICLE}#${last.id}`);
  const heading = page.getByRole('heading', { level: 2, name: last.text, exact: true });
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
});

test('every article heading has an id and a visible link to itself', async ({ page }) => {
  await page.goto(ARTICLE);
  // The link stands beside its heading, not inside it.
  await expectEachLinksToItself(page.locator('.section-heading h2[id]'), 2, {
    name: async (heading) => `Link to this section: ${await heading.innerText()}`,
    within: () => page,
  });
});

test('the link-to-section control puts the full URL on the clipboard and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const section = (await sectionHeadings(page))[2]!;
  await page.getByRole('link', { name: `Link to this section: ${section.text}`, exact: true }).click();
  const expected = `${baseURL}${ARTICLE}#${section.id}`;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  await expect(page).toHaveURL(expected);
});

test('the table of contents links to each section', async ({ page }) => {
  const section = (await sectionHeadings(page))[2]!;
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: section.text, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${section.id}$`));
  await expect(page.getByRole('heading', { level: 2, name: section.text, exact: true })).toBeInViewport();
});

test('an article links to its related trips and to the next section', async ({ page }) => {
  await page.goto(ARTICLE);
  const related = page.getByRole('region', { name: 'Related trips' }).getByRole('link');
  expect(await related.count()).toBeGreaterThan(0);
  for (const href of await related.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/trips\/[a-z0-9-]+\/$/);
  }
  // The next section is the one the home page lists after this article.
  await page.goto('/');
  const order = await page
    .getByRole('region', { name: 'The explainer' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const next = order[order.indexOf(ARTICLE) + 1];
  expect(next).toBeDefined();
  await page.goto(ARTICLE);
  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page).toHaveURL(next!);
});

test('a note links to its passage, and the passage links back to the section that cites it', async ({ page }) => {
  const sections = await sectionHeadings(page);
  // The first note of the article, and the section its first citation sits in.
  const note = page.locator('.source-notes li').first();
  const passageHref = (await note.getByRole('link', { name: 'See the passage' }).getAttribute('href'))!;
  await page.goto(passageHref);
  const passage = page.locator(`#${passageHref.split('#')[1]}`);
  await expect(passage).toBeInViewport();
  const backToArticle = passage.locator(`a[href^="${ARTICLE}"]`).first();
  await expect(backToArticle).toBeVisible();
  // A citation in the story's opening paragraphs, before any heading, links to the article itself.
  const sectionId = (await backToArticle.getAttribute('href'))!.split('#')[1];
  if (sectionId !== undefined) expect(sections.map((section) => section.id)).toContain(sectionId);
});
