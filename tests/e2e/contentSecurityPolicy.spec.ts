import { expect, test } from './support/test.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listBuiltFiles } from '../../scripts/lib/quality/builtSite.ts';
import { scanStartTags } from '../../scripts/lib/quality/htmlTags.ts';
import { metaPolicies, parsePolicy, unsafeSources } from '../../scripts/lib/quality/contentSecurityPolicy.ts';
import { DIST_DIR } from '../support/builtPages.ts';

test('every built HTML file declares one strict Content Security Policy', async () => {
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

// Each page's behaviour under its policy, with the live map loaded, is checked in everyPage.spec.ts.
