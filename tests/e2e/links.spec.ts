import { expect, test } from './support/test.ts';
import { builtSiteOrigin, readBuiltSite } from '../../scripts/lib/quality/builtSite.ts';
import { checkLinks, describeBrokenLink } from '../../scripts/lib/quality/linkCheck.ts';
import { DIST_DIR, PAGE_PATHS } from '../support/builtPages.ts';

// Reads dist/ rather than driving a browser: every href, src and #anchor of every page.
test('every internal link and #anchor in the built site resolves', async () => {
  const site = await readBuiltSite(DIST_DIR, await builtSiteOrigin(DIST_DIR));
  const builtPaths = new Set(site.pages.map((page) => page.path));
  const broken = checkLinks(site).map(describeBrokenLink);
  const sitemapPagesMissing = PAGE_PATHS.filter((path) => !builtPaths.has(path)).map(
    (path) => `the sitemap lists ${path}, which is not built`,
  );
  const problems = [...broken, ...sitemapPagesMissing];
  expect(problems, problems.join('\n')).toEqual([]);
});
