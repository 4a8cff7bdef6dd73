import { expect, test } from '@playwright/test';

const ARTICLE = '/articles/the-2023-journey/';

test('opening an article at a heading id brings that heading into view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto(`${ARTICLE}#how-seoul-washington-and-moscow-reacted`);
  const heading = page.getByRole('heading', { level: 2, name: 'How Seoul, Washington and Moscow reacted' });
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
});

test('every article heading has an id and a visible link to itself', async ({ page }) => {
  await page.goto(ARTICLE);
  const headings = page.locator('.section-heading h2[id]');
  expect(await headings.count()).toBeGreaterThan(2);
  for (const heading of await headings.all()) {
    const id = await heading.getAttribute('id');
    const link = page.getByRole('link', { name: `Link to this section: ${await heading.innerText()}` });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', `#${id}`);
  }
});

test('the link-to-section control puts the full URL on the clipboard and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE);
  await page.getByRole('link', { name: 'Link to this section: Seen at Ussuriysk' }).click();
  const expected = `${baseURL}${ARTICLE}#seen-at-ussuriysk`;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  await expect(page).toHaveURL(expected);
});

test('the table of contents links to each section', async ({ page }) => {
  await page.goto(ARTICLE);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'The crossing' }).click();
  await expect(page).toHaveURL(/#the-crossing$/);
  await expect(page.getByRole('heading', { level: 2, name: 'The crossing' })).toBeInViewport();
});

test('an article links to its related trips and to the next section', async ({ page }) => {
  await page.goto(ARTICLE);
  const related = page.getByRole('region', { name: 'Related trips' });
  await expect(related.getByRole('link', { name: 'Kim Jong Un by train to Russia' })).toHaveAttribute(
    'href',
    '/trips/kim-jong-un-russia-2023/',
  );
  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page).toHaveURL(/\/articles\/inside-the-armored-train\/$/);
});

test('the sources page links each passage back to the sections and trips that cite it', async ({ page }) => {
  await page.goto('/sources/#passage-ussuriysk-sighting');
  const passage = page.locator('#passage-ussuriysk-sighting');
  await expect(passage).toBeInViewport();
  await expect(passage.getByRole('link', { name: /Seen at Ussuriysk/ })).toHaveAttribute(
    'href',
    '/articles/the-2023-journey/#seen-at-ussuriysk',
  );
  await expect(passage.getByRole('link', { name: 'Kim Jong Un by train to Russia' })).toHaveAttribute(
    'href',
    '/trips/kim-jong-un-russia-2023/',
  );
});
