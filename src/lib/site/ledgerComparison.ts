/**
 * Holds a build to the address ledger: every address the ledger lists must still land
 * (published, or forwarded to an address that lands), every forward must lead somewhere,
 * and the addresses published for the first time are the ledger's new lines.
 */
import type { ContentProblem } from '../content/contentProblem.ts';
import { LEDGER_FILE, anchorOf, pageOf, type AddressLedger, type LedgerLine } from './addressLedger.ts';
import type { BuiltAddresses } from './builtAddresses.ts';
import { droppedAddressAdvice } from './droppedAddressAdvice.ts';

export interface LedgerComparison {
  problems: ContentProblem[];
  /** Addresses published for the first time, to add to the ledger. */
  added: string[];
}

/** Follows forwards (the ledger's, moved pages', anchors') until an address that is present. */
function landsSomewhere(address: string, ledger: ReadonlyMap<string, string>, built: BuiltAddresses): boolean {
  const seen = new Set<string>();
  let current: string | undefined = address;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    if (built.present.has(current) && !built.anchorForwards.has(current)) return true;
    const page = pageOf(current);
    const anchor = anchorOf(current);
    const movedTo = anchor === undefined ? undefined : built.pageForwards.get(page);
    current =
      built.anchorForwards.get(current) ??
      ledger.get(current) ??
      (movedTo === undefined ? undefined : `${pageOf(movedTo)}#${anchor}`);
  }
  return false;
}

export function compareWithLedger(ledger: AddressLedger, built: BuiltAddresses): LedgerComparison {
  const forwards = new Map(
    ledger.lines.flatMap((line) => (line.forward === undefined ? [] : [[line.address, line.forward] as const])),
  );
  const listed = new Set(ledger.lines.map((line) => line.address));
  const problems: ContentProblem[] = [];
  for (const line of ledger.lines) {
    if (line.forward !== undefined) {
      if (!landsSomewhere(line.forward, forwards, built)) {
        problems.push({
          file: LEDGER_FILE,
          field: line.address,
          found: `-> ${line.forward}`,
          expected: `An address the site publishes: nothing is at ${line.forward}. Write where ${line.address} now leads.`,
        });
      }
    } else if (!landsSomewhere(line.address, forwards, built)) {
      problems.push({
        file: LEDGER_FILE,
        field: line.address,
        found: 'no longer published',
        expected: droppedAddressAdvice(line.address),
      });
    }
  }
  for (const [from, to] of built.anchorForwards) {
    if (!landsSomewhere(to, forwards, built)) {
      problems.push({
        file: LEDGER_FILE,
        field: from,
        found: `forwarded to ${to}`,
        expected: `An address the site publishes: nothing is at ${to}. Write where ${from} now leads.`,
      });
    }
  }
  const added = [...built.published].filter((address) => !listed.has(address)).sort();
  return { problems, added };
}

/** The ledger with the new addresses added. */
export function withAddedAddresses(ledger: AddressLedger, added: readonly string[]): LedgerLine[] {
  return [...ledger.lines, ...added.map((address) => ({ address }))];
}
