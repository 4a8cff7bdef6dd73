/**
 * Stops `astro build` before anything is written when a content file is wrong, so a bad
 * entry never produces a half-published site. The problems are printed in the words of
 * `npm run validate` and the build exits at once: thrown from a hook, they would be shown
 * as "An unhandled error occurred" with a stack trace, which reads as a crash of the site's
 * code rather than a mistake in a file.
 *
 * In `astro dev` the same problems are printed at start and each time a file under content/
 * is saved, and every page of the preview shows them (and reloads itself) until they are
 * fixed, instead of whatever error the broken content would cause in a page.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkContent, type ContentCheck } from '../lib/content/validateContent.ts';
import { buildReport, problemsPage } from '../lib/content/contentReport.ts';
import { formatProblems } from '../lib/content/contentProblem.ts';

export function contentValidation(): AstroIntegration {
  let root = '';
  let latest: ContentCheck = { problems: [], files: 0 };
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        latest = await checkContent({ root });
        if (command === 'build') {
          if (latest.problems.length > 0) {
            console.error(`\n${buildReport(latest)}`);
            process.exit(1);
          }
          logger.info(buildReport(latest));
          return;
        }
        if (latest.problems.length > 0) console.error(formatProblems(latest.problems));
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, 'content');
        const recheck = async (path: string) => {
          if (!path.startsWith(contentDir)) return;
          latest = await checkContent({ root });
          if (latest.problems.length === 0) logger.info('Content is valid.');
          else console.error(formatProblems(latest.problems));
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          const wantsPage = (request.headers.accept ?? '').includes('text/html');
          if (latest.problems.length === 0 || !wantsPage) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(problemsPage(latest));
        });
      },
    },
  };
}
