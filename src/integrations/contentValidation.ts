/**
 * The content check in `astro dev`: the problems `npm run validate` would report are printed
 * at start and each time a file under content/ is saved, and every page of the preview shows
 * them (and reloads itself) until they are fixed, instead of whatever error the broken
 * content would cause in a page.
 *
 * A build is stopped by the collections' loader (src/lib/content/contentLoader.ts), which
 * takes its entries from the same read: it prints the problems and exits before any page
 * is written.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ContentCheck } from '../lib/content/validateContent.ts';
import { readContent } from '../lib/content/readContent.ts';
import { problemsPage } from '../lib/content/contentReport.ts';
import { formatProblems } from '../lib/content/contentProblem.ts';

export function contentValidation(): AstroIntegration {
  let root = '';
  let latest: ContentCheck = { problems: [], files: 0 };
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        root = fileURLToPath(config.root);
        if (command !== 'dev') return;
        latest = await readContent({ root });
        if (latest.problems.length > 0) console.error(formatProblems(latest.problems));
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, 'content');
        const recheck = async (path: string) => {
          if (!path.startsWith(contentDir)) return;
          latest = await readContent({ root });
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
