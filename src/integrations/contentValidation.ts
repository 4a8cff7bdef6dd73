/**
 * Stops `astro build` before anything is written when a content file is wrong, so a bad
 * entry never produces a half-published site. In `astro dev` the same problems are
 * logged and the server keeps running, so an editor can fix them with the preview open.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems, validateContent } from '../lib/content/validateContent.ts';

export function contentValidation(): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
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
    },
  };
}
