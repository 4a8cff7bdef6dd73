/**
 * Writes `_redirects` beside the built pages: the site's forwards as 301s, for the hosts
 * that read the file (and for the end-to-end tests' web server, which applies it). The
 * HTML forwarding pages at the same addresses stay, for hosts that read no such file.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { addressForwards } from '../lib/site/addressForwards.ts';
import { redirectsFile } from '../lib/site/redirectsFile.ts';

export const REDIRECTS_FILE_NAME = '_redirects';

export function redirectsFileIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'redirects-file',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const forwards = addressForwards(root);
        await writeFile(new URL(REDIRECTS_FILE_NAME, dir), redirectsFile(forwards));
        logger.info(`${REDIRECTS_FILE_NAME}: ${forwards.length} permanent forwards`);
      },
    },
  };
}
