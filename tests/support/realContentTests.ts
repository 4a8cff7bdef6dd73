/**
 * The unit test files that read the site's own content/ rather than the frozen copy in
 * tests/fixtures/content/: the only ones an editor's new file can change the outcome of.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** How a test reaches the real content: the validator on the project, the folder itself, or a copy of it. */
const READS_REAL_CONTENT = [
  /root: PROJECT_ROOT\b/,
  /join\(PROJECT_ROOT, 'content'/,
  /content: 'real'/,
  /createContentCopy\('real'\)/,
];

/** Paths from the project root, such as "tests/unit/content/validateContent.test.ts". */
export function unitTestsReadingRealContent(projectRoot: string): string[] {
  const dir = join(projectRoot, 'tests', 'unit');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .filter((name) => READS_REAL_CONTENT.some((pattern) => pattern.test(readFileSync(join(dir, name), 'utf8'))))
    .map((name) => `tests/unit/${name.split('\\').join('/')}`)
    .sort();
}
