/**
 * The address ledger, content/addresses.txt: every address the site has published, one a
 * line, so that a link a journalist made keeps landing ("Cool URIs don't change"). The
 * build adds each new address it publishes; an address that stops being published must
 * be forwarded, either by the content (a trip's or an article's `aliases`, an article's
 * `formerAnchors`) or by writing where it now leads on its line: `old -> new`.
 *
 * The file is plain text so that an editor can read its diff: lines starting with # are
 * comments, the rest are sorted addresses.
 */

export const LEDGER_FILE = 'content/addresses.txt';

/** Written above the addresses each time the build rewrites the file. */
export const LEDGER_HEADER = `# Every address this site has published: pages, embeds, data files, social cards
# and the #anchors readers link to (sections, day-by-day stages, passages, sources,
# corrections, places and stops). Links that journalists made to them must keep working.
#
# The build adds the addresses it publishes for the first time: commit this file with
# your change. It stops when an address listed here is no longer published. Then either
# put the old address back, give the page an alias (aliases: [old-slug] in a trip or an
# article), keep a reworded heading's old anchor (formerAnchors: in the article), or
# write where the address now leads after it on its line, like this:
#
#   /trips/old-slug/#at-ussuriysk -> /trips/old-slug/#at-khasan
#
# Never delete a line. See EDITING.md, "Addresses that last".
`;

export interface LedgerLine {
  /** The published address: a path (/trips/x/, /data/trips.csv) with an optional #anchor. */
  address: string;
  /** Where it now leads, when it is no longer published itself. */
  forward?: string;
}

export interface LedgerSyntaxProblem {
  /** Counted from 1. */
  line: number;
  text: string;
  reason: string;
}

export interface AddressLedger {
  lines: LedgerLine[];
  problems: LedgerSyntaxProblem[];
}

const ADDRESS = /^\/[^\s#]*(#[^\s#]+)?$/;

export function parseLedger(text: string): AddressLedger {
  const lines: LedgerLine[] = [];
  const problems: LedgerSyntaxProblem[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [address = '', forward, ...rest] = line.split(/\s*->\s*/);
    const reason =
      rest.length > 0
        ? 'One forward a line: "/old/address/ -> /new/address/".'
        : [address, forward ?? '/'].some((part) => !ADDRESS.test(part))
          ? `Addresses of this site: start each with / and write no spaces ("/articles/the-2023-journey/#before-the-trip").`
          : forward === address
            ? 'The address forwards to itself: write where it now leads.'
            : seen.has(address)
              ? `${address} is listed twice: keep one line.`
              : undefined;
    if (reason !== undefined) {
      problems.push({ line: index + 1, text: line, reason });
      return;
    }
    seen.add(address);
    lines.push(forward === undefined ? { address } : { address, forward });
  });
  return { lines, problems };
}

/** The ledger as the build writes it: the header, then one line an address, sorted. */
export function formatLedger(lines: readonly LedgerLine[]): string {
  const sorted = [...lines].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const body = sorted.map((line) => (line.forward === undefined ? line.address : `${line.address} -> ${line.forward}`));
  return `${LEDGER_HEADER}\n${body.join('\n')}\n`;
}

/** The page part of an address: `/a/#b` → `/a/`. */
export function pageOf(address: string): string {
  const hash = address.indexOf('#');
  return hash === -1 ? address : address.slice(0, hash);
}

/** The anchor of an address without its #, or undefined for a whole page or file. */
export function anchorOf(address: string): string | undefined {
  const hash = address.indexOf('#');
  return hash === -1 ? undefined : address.slice(hash + 1);
}

/** The forwards of anchors on one page, as old anchor → address it now leads to. */
export function anchorForwardsOf(ledger: AddressLedger, pagePath: string): Record<string, string> {
  const forwards: Record<string, string> = {};
  for (const line of ledger.lines) {
    const anchor = anchorOf(line.address);
    if (line.forward !== undefined && anchor !== undefined && pageOf(line.address) === pagePath) {
      forwards[anchor] = line.forward;
    }
  }
  return forwards;
}

/** The ledger's forwards of whole pages and files (anchors cannot be forwarded by a server). */
export function pathForwardsOf(ledger: AddressLedger): { from: string; to: string }[] {
  return ledger.lines.flatMap((line) =>
    line.forward !== undefined && anchorOf(line.address) === undefined
      ? [{ from: line.address, to: line.forward }]
      : [],
  );
}
