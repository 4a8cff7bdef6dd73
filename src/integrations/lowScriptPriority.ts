/**
 * After the build, marks each page's external module scripts fetchpriority="low"
 * (see src/lib/page/lowScriptPriority.ts for why).
 */
import type { AstroIntegration } from 'astro';
import { lowerModuleScriptPriority } from '../lib/page/lowScriptPriority.ts';
import { rewriteBuiltPages } from './rewriteBuiltPages.ts';

export function lowScriptPriority(): AstroIntegration {
  return {
    name: 'low-script-priority',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await rewriteBuiltPages(dir, lowerModuleScriptPriority);
      },
    },
  };
}
