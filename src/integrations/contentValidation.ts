/**
 * Stops `astro build` before anything is written when a content file is wrong, so a bad
 * entry never produces a half-published site. In `astro dev` the same problems are
 * logged, at start and again each time a file under content/ is saved, in the words of
 * `npm run validate`, so an editor can fix them with the preview open.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { formatProblems, validateContent } from '../lib/content/validateContent.ts';

export function contentValidation(): AstroIntegration {
  let root = '';
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const problems = await validateContent({ root });
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') {
          const error = new Error(`The content has problems; nothing was built.\n\n${report}`);
          // The editor needs the list of problems, not where in our code they were found.
          error.stack = error.message;
          throw error;
        }
        logger.warn(report);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, 'content');
        const recheck = async (path: string) => {
          if (!path.startsWith(contentDir)) return;
          const problems = await validateContent({ root });
          if (problems.length === 0) logger.info('Content is valid.');
          else logger.warn(formatProblems(problems));
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}
