/**
 * npm run new -- article|trip|place|leader "Title": creates a content file ready to fill in.
 */
import { fileURLToPath } from 'node:url';
import { ScaffoldError, createContentFile } from './lib/scaffold/createContentFile.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const [kind, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();

if (kind === undefined || title === '') {
  console.error(
    [
      'Tell npm run new what to create and give it a title, in quotes:',
      '  npm run new -- article "How the armored train is guarded"',
      '  npm run new -- trip "Kim Jong Un by train to Hanoi"',
      '  npm run new -- place "Khasan"',
      '  npm run new -- leader "Kim Jong Un"',
    ].join('\n'),
  );
  process.exit(1);
}

try {
  const created = await createContentFile(kind, title, { root });
  console.log(created.message);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  process.exit(1);
}
