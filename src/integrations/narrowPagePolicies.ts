/**
 * After the build, narrows each page's Content Security Policy to the hashes of its own
 * inline scripts and styles (see src/lib/security/pagePolicyHashes.ts for why).
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { narrowPagePolicy } from '../lib/security/pagePolicyHashes.ts';

export function narrowPagePolicies(): AstroIntegration {
  return {
    name: 'narrow-page-policies',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
        let narrowed = 0;
        for (const name of pages) {
          const path = join(root, name);
          const html = await readFile(path, 'utf8');
          const result = narrowPagePolicy(html);
          if (result === html) continue;
          await writeFile(path, result);
          narrowed += 1;
        }
        logger.info(`${narrowed} of ${pages.length} pages' security policies list only their own hashes`);
      },
    },
  };
}
