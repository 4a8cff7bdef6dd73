/**
 * The print rules that write each link's address after it (src/lib/print/printLinkRules.ts),
 * as a stylesheet module the layout imports: `virtual:print-links.css`. They need the site's
 * origin, known only when the site is built, so they cannot sit in a .css file; as a module
 * they are inlined with the rest of the page's styles (and hashed in its security policy)
 * instead of being fetched as a file of their own, which a phone's browser would request
 * before it paints even though the rules apply only to paper.
 */
import type { Plugin } from 'vite';
import { printLinkRules } from '../lib/print/printLinkRules.ts';

const MODULE_ID = 'virtual:print-links.css';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function printLinksCss(siteUrl: string): Plugin {
  return {
    name: 'print-links-css',
    resolveId(source) {
      return source === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_ID ? printLinkRules(siteUrl) : undefined;
    },
  };
}
