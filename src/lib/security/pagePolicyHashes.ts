/**
 * Narrows the Content Security Policy Astro writes into a page's <meta> tag to the hashes of
 * that page's own inline scripts and styles.
 *
 * Astro lists the hash of every inline script and style of the whole build in every page's
 * policy (43 on the home page, of which it uses two). The hashes are random text that does
 * not compress: about 1.9 kB of gzip on every page, before the reader sees a word. A hash
 * only allows the one script or style it was computed from, so dropping the hashes of what a
 * page does not contain allows nothing new and takes nothing the page needs. Hashes are only
 * ever removed here, never added: a script Astro did not hash stays blocked.
 */
import { createHash } from 'node:crypto';

const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const HASH_SOURCE = /'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g;
const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/** `'sha256-…'` sources for the text of every inline script and style in the page. */
function inlineHashSources(html: string, algorithms: ReadonlySet<string>): Set<string> {
  const sources = new Set<string>();
  for (const [, , attributes = '', text = ''] of html.matchAll(INLINE_ELEMENT)) {
    // An external script's element is empty and needs no hash: its address is what 'self' allows.
    if (/\bsrc\s*=/i.test(attributes)) continue;
    for (const algorithm of algorithms) {
      sources.add(`'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`);
    }
  }
  return sources;
}

/**
 * The page with its policy listing only the hashes of inline scripts and styles it contains;
 * a page without a policy <meta> comes back unchanged.
 */
export function narrowPagePolicy(html: string): string {
  const meta = POLICY_META.exec(html);
  if (meta === null) return html;
  const policy = meta[1] ?? '';
  const algorithms = new Set([...policy.matchAll(HASH_SOURCE)].map(([, algorithm]) => algorithm ?? 'sha256'));
  if (algorithms.size === 0) return html;
  const present = inlineHashSources(html, algorithms);
  const narrowed = policy
    .split(';')
    .map((directive) =>
      directive
        .split(' ')
        .filter((source) => !/^'sha(256|384|512)-/.test(source) || present.has(source))
        .join(' '),
    )
    .join(';');
  return html.replace(meta[0], meta[0].replace(policy, narrowed));
}
