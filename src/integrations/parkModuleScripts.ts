/**
 * After the build, parks each page's external module scripts until the page is painted
 * (see src/lib/page/parkedModules.ts for why).
 */
import type { AstroIntegration } from 'astro';
import { parkModuleScripts as parkPageScripts } from '../lib/page/parkedModules.ts';
import { rewriteBuiltPages } from './rewriteBuiltPages.ts';

export function parkModuleScripts(): AstroIntegration {
  return {
    name: 'park-module-scripts',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await rewriteBuiltPages(dir, parkPageScripts);
      },
    },
  };
}
