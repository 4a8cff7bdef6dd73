/**
 * The anchors a page forwards: an old #anchor of the page that now lives at another
 * address (a correction box that moved to /sources/, a stage renamed), from the ledger's
 * `page#old -> address` lines, plus any the page adds itself (/sources/ forwards every
 * passage and source to the page that quotes it). AnchorForwards.astro renders them.
 */
import { anchorForwardsOf, type AddressLedger } from './addressLedger.ts';
import { readAddressLedger } from './readAddressLedger.ts';

/** The class of an old anchor's entry: its id is the old anchor, its link the new address. */
export const ANCHOR_FORWARD_CLASS = 'anchor-forward';

let ledger: AddressLedger | undefined;

/** The ledger's forwards of anchors on one page, read once a build. */
export function ledgerAnchorForwards(pagePath: string): Record<string, string> {
  ledger ??= readAddressLedger();
  return anchorForwardsOf(ledger, pagePath);
}
