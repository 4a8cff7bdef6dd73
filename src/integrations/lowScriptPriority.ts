/**
 * After the build, marks each page's external module scripts fetchpriority="low"
 * (see src/lib/page/lowScriptPriority.ts for why).
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lowerModuleScriptPriority } from '../lib/page/lowScriptPriority.ts';

export function lowScriptPriority(): AstroIntegration {
  return {
    name: 'low-script-priority',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
        for (const name of pages) {
          const path = join(root, name);
          const html = await readFile(path, 'utf8');
          const result = lowerModuleScriptPriority(html);
          if (result !== html) await writeFile(path, result);
        }
      },
    },
  };
}
