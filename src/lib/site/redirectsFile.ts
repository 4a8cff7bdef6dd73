/**
 * The `_redirects` file static hosts read (Netlify, Cloudflare Pages and others with the
 * same format): one forward a line, `<from> <to> 301`. A 301 tells browsers, search
 * engines and link checkers that the address moved for good; the HTML forwarding pages
 * at the same addresses stay for hosts that read no such file.
 */

import type { AddressForward } from './addressForwards.ts';

/** An address the site published and the address it now leads to. */
export type Forward = AddressForward;

export const MOVED_PERMANENTLY = 301;

const HEADER = [
  '# Addresses the site published that now lead elsewhere, written by the build.',
  '# Format: <old address> <new address> <status>, read by Netlify, Cloudflare Pages and the',
  '# end-to-end tests (scripts/serve-like-host.ts).',
];

export function redirectsFile(forwards: readonly Forward[]): string {
  const seen = new Map<string, string>();
  for (const { from, to } of forwards) {
    for (const path of [from, to]) {
      if (!path.startsWith('/') || /\s/.test(path)) {
        throw new Error(`A forward needs two site paths without spaces; found "${path}" (${from} → ${to}).`);
      }
    }
    if (from === to) throw new Error(`${from} is forwarded to itself.`);
    const earlier = seen.get(from);
    if (earlier !== undefined && earlier !== to) {
      throw new Error(`${from} is forwarded twice, to ${earlier} and to ${to}; it can lead to one address only.`);
    }
    seen.set(from, to);
  }
  const lines = [...seen]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, to]) => `${from} ${to} ${MOVED_PERMANENTLY}`);
  return `${[...HEADER, ...lines].join('\n')}\n`;
}

/** The forwards in a `_redirects` file, with their status codes (302 when none is written). */
export function parseRedirectsFile(text: string): (Forward & { status: number })[] {
  return text.split('\n').flatMap((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return [];
    const [from, to, status = '302', ...rest] = line.split(/\s+/);
    if (from === undefined || to === undefined || rest.length > 0 || !/^\d{3}$/.test(status)) {
      throw new Error(`_redirects line ${index + 1}: expected "<from> <to> [status]", found "${line}"`);
    }
    return [{ from, to, status: Number(status) }];
  });
}
