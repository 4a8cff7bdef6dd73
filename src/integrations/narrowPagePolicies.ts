/**
 * After the build, narrows each page's Content Security Policy to the hashes of its own
 * inline scripts and styles (see src/lib/security/pagePolicyHashes.ts for why).
 */
import type { AstroIntegration } from 'astro';
import { narrowPagePolicy } from '../lib/security/pagePolicyHashes.ts';
import { rewriteBuiltPages } from './rewriteBuiltPages.ts';

export function narrowPagePolicies(): AstroIntegration {
  return {
    name: 'narrow-page-policies',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, changed } = await rewriteBuiltPages(dir, narrowPagePolicy);
        logger.info(`${changed} of ${pages} pages' security policies list only their own hashes`);
      },
    },
  };
}
