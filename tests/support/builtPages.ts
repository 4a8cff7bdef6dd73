/**
 * The built site as the end-to-end gates see it: dist/ and the list of page paths to
 * check (from the sitemap when the build has one). Read when a spec file is loaded, so
 * a missing build stops the run with a clear message instead of zero tests.
 */
import { fileURLToPath } from 'node:url';
import { builtPagePaths } from '../../scripts/lib/quality/builtSite.ts';

export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

export const PAGE_PATHS: string[] = await builtPagePaths(DIST_DIR);
