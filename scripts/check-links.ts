/**
 * `npm run check:links`: reports every internal link or #anchor in dist/ that leads
 * nowhere. Build first. Exits 1 when any link is broken.
 */
import { fileURLToPath } from 'node:url';
import { builtSiteOrigin, readBuiltSite } from './lib/quality/builtSite.ts';
import { checkLinks, describeBrokenLink } from './lib/quality/linkCheck.ts';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const site = await readBuiltSite(distDir, await builtSiteOrigin(distDir));
const broken = checkLinks(site);
for (const link of broken) console.error(describeBrokenLink(link));
console.log(`${site.pages.length} pages checked, ${broken.length} broken link(s).`);
process.exitCode = broken.length > 0 ? 1 : 0;
