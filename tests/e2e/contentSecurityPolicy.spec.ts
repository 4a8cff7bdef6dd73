import { expect, test as plainTest } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listBuiltFiles } from '../../scripts/lib/quality/builtSite.ts';
import { scanStartTags } from '../../scripts/lib/quality/htmlTags.ts';
import { metaPolicies, parsePolicy, unsafeSources } from '../../scripts/lib/quality/contentSecurityPolicy.ts';
import { DIST_DIR, PAGE_PATHS } from '../support/builtPages.ts';
import { collectCspViolations, loadWholePage, test } from '../support/sharedPage.ts';

plainTest('every built HTML file declares one strict Content Security Policy', async () => {
  const htmlFiles = (await listBuiltFiles(DIST_DIR)).filter((file) => file.endsWith('.html'));
  expect(htmlFiles.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const file of htmlFiles) {
    const policies = metaPolicies(scanStartTags(await readFile(join(DIST_DIR, file), 'utf8')));
    if (policies.length !== 1) {
      problems.push(`${file}: ${policies.length} CSP meta tags, expected 1`);
      continue;
    }
    const directives = parsePolicy(policies[0]!);
    for (const required of ['script-src', 'style-src']) {
      if (!directives.has(required)) problems.push(`${file}: no ${required}`);
    }
    for (const unsafe of unsafeSources(directives)) problems.push(`${file}: allows ${unsafe}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

for (const path of PAGE_PATHS) {
  test(`${path} breaks no CSP rule and logs no console error`, async ({ sharedPage, problems }) => {
    await loadWholePage(sharedPage, path);
    const cspViolations = await collectCspViolations(sharedPage);
    expect({ cspViolations, consoleErrors: problems.consoleErrors }).toEqual({
      cspViolations: [],
      consoleErrors: [],
    });
  });
}
