import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test.ts';
import { DIST_DIR } from '../support/builtPages.ts';
import { builtHtmlFiles } from '../support/builtHtml.ts';
import { changeEntries, correctionFiles } from './support/contentFiles.ts';

/** Every correction and update as editors wrote them, checked in the built pages that must carry them. */
const changes = changeEntries();
/** Corrections to source documents that no page's change concerns: /corrections/ lists them from their own files. */
const described = new Set(changes.map((change) => change.concerns));
const correctionsOnTheirOwn = correctionFiles().filter((correction) => !described.has(correction.id));

function builtPage(path: string): string {
  return readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8');
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((match) =>
    [JSON.parse(match[1]!)].flat(),
  );
}

/** The text of the page with tags dropped and entities that the site's text uses decoded. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

test('there is at least one correction on record', () => {
  expect(changes.filter((change) => change.kind === 'correction').length).toBeGreaterThan(0);
});

test('each change is shown at the foot of its page under its own anchor', () => {
  for (const change of changes) {
    const html = builtPage(change.path);
    expect(html, change.path).toContain('id="corrections-and-updates"');
    const item = html.match(new RegExp(`<li id="change-${change.date}(?:-\\d+)?"[^>]*>(.*?)</li>`, 'gs'));
    expect(
      item?.some((entry) => text(entry).includes(change.what)),
      `${change.path}: ${change.what}`,
    ).toBe(true);
  }
});

test('each correction is a CorrectionComment in its page’s JSON-LD, and the page is dated modified', () => {
  for (const change of changes.filter((entry) => entry.kind === 'correction' && entry.path !== '/')) {
    const items = jsonLd(builtPage(change.path));
    const carrier = items.find((item) => Array.isArray(item['correction']));
    expect(carrier, change.path).toBeDefined();
    expect((carrier!['dateModified'] as string) >= change.date, change.path).toBe(true);
    expect(carrier!['correction']).toContainEqual({
      '@type': 'CorrectionComment',
      datePublished: change.date,
      text: expect.stringContaining(change.what),
    });
  }
});

test('every page that shows a correction, or the list of them, is dated modified in its JSON-LD', () => {
  const showing = builtHtmlFiles().filter(
    ({ html }) => /<aside class="correction[ "]/.test(html) || /<ol class="corrections__list[ "]/.test(html),
  );
  expect(showing.length).toBeGreaterThan(1);
  const undated = showing
    .filter(({ html }) => !jsonLd(html).some((item) => /^\d{4}-\d{2}-\d{2}/.test(String(item['dateModified']))))
    .map(({ path }) => path);
  expect(undated).toEqual([]);
});

test('/corrections/ lists every change newest first, each linked to its page', () => {
  const html = builtPage('corrections');
  const listed = text(html);
  const dates = [...html.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((match) => match[1]!);
  expect(dates).toHaveLength(changes.length + correctionsOnTheirOwn.length);
  expect(dates).toEqual([...dates].sort().reverse());
  for (const change of changes) {
    expect(listed, change.what).toContain(change.what);
    expect(html).toMatch(new RegExp(`href="${change.path}#change-${change.date}(?:-\\d+)?"`));
  }
});

test('/corrections/ lists a correction once: from its own file only while no page’s change concerns it', () => {
  const html = builtPage('corrections');
  for (const correction of correctionFiles()) {
    const own = new RegExp(`<li id="correction-${correction.id}"[^>]*>(.*?)</li>`, 's').exec(html);
    if (described.has(correction.id)) {
      expect(own, correction.id).toBeNull();
      continue;
    }
    expect(text(own?.[1] ?? ''), correction.id).toContain(correction.title);
    expect(own?.[1]).toContain(`<time datetime="${correction.date}"`);
    expect(own?.[1]).toContain(`href="/sources/#correction-${correction.id}"`);
  }
});

test('the citation formats carry the reader’s own date once scripts run', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2031, 4, 6, 12, 0));
  await page.goto('/articles/the-2023-journey/');
  await page.getByText('BibTeX, biblatex, RIS and CSL-JSON').click();
  await expect(page.locator('#cite-biblatex')).toContainText('urldate = {2031-05-06}');
  await expect(page.locator('#cite-bibtex')).toContainText('Accessed 2031-05-06');
  await expect(page.locator('#cite-ris')).toContainText('Y2  - 2031/05/06/');
  expect(JSON.parse((await page.locator('#cite-csl-json').textContent())!)[0].accessed).toEqual({
    'date-parts': [[2031, 5, 6]],
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the citation formats give the day the site was built as the accessed date, and say so', async ({ page }) => {
    const { built } = JSON.parse(readFileSync(join(DIST_DIR, 'data', 'trips.json'), 'utf8')) as { built: string };
    await page.goto('/trips/kim-jong-un-russia-2023/');
    await page.getByText('BibTeX, biblatex, RIS and CSL-JSON').click();
    await expect(page.locator('#cite-biblatex')).toContainText(`urldate = {${built}}`);
    await expect(page.locator('#cite-ris')).toContainText(`Y2  - ${built.replaceAll('-', '/')}/`);
    await expect(page.locator(`.cite-this-page time[datetime="${built}"]`)).toBeVisible();
  });
});
