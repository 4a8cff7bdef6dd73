/**
 * Reads content/addresses.txt from the project (see addressLedger.ts). A project without
 * the file has published nothing yet: its ledger is empty, and the first build writes it.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LEDGER_FILE, parseLedger, type AddressLedger } from './addressLedger.ts';

export function ledgerPath(root: string): string {
  return join(root, LEDGER_FILE);
}

export function readAddressLedger(root: string = process.cwd()): AddressLedger {
  return readLedgerFile(ledgerPath(root));
}

/** The ledger of a content folder (content/addresses.txt sits in it). */
export function readContentLedger(contentDir: string): AddressLedger {
  return readLedgerFile(join(contentDir, basename(LEDGER_FILE)));
}

function readLedgerFile(path: string): AddressLedger {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { lines: [], problems: [] };
  }
  return parseLedger(text);
}
