/**
 * npm run validate: checks content/ in a second or two, without building the site.
 */
import { fileURLToPath } from 'node:url';
import { readContent } from '../src/lib/content/readContent.ts';
import { validateReport } from '../src/lib/content/contentReport.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const check = await readContent({ root });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (check.problems.length > 0) {
  console.error(validateReport(check, seconds));
  process.exit(1);
}
console.log(validateReport(check, seconds));
