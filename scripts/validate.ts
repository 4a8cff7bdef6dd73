/**
 * npm run validate: checks content/ in a second or two, without building the site.
 */
import { fileURLToPath } from 'node:url';
import { formatProblems, validateContent } from '../src/lib/content/validateContent.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const problems = await validateContent({ root });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`Content check failed in ${seconds} s. Fix the fields above, then run npm run validate again.`);
  process.exit(1);
}
console.log(`Content is valid (${seconds} s).`);
