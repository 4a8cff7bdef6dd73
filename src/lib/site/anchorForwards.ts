/**
 * The anchors a page forwards: an old #anchor of the page that now lives at another
 * address (a correction box that moved to /sources/, a stage renamed), from the ledger's
 * `page#old -> address` lines, plus any the page adds itself (/sources/ forwards every
 * passage and source to the page that quotes it). AnchorForwards.astro renders them.
 */
import { anchorForwardsOf, type AddressLedger } from './addressLedger.ts';
import { addressForwards, type AddressForward } from './addressForwards.ts';
import { readAddressLedger } from './readAddressLedger.ts';

/** The class of an old anchor's entry: its id is the old anchor, its link the new address. */
export const ANCHOR_FORWARD_CLASS = 'anchor-forward';

let ledger: AddressLedger | undefined;
let pageForwards: AddressForward[] | undefined;

/**
 * The ledger's forwards of anchors on one page, and on every earlier address the host
 * forwards to it as a whole (a trip's or an article's old slug, an `old -> new` page line):
 * the host's 301 keeps the link's #anchor, so the old page's own forwards never run and
 * this page must carry them. Read once a build.
 */
export function ledgerAnchorForwards(pagePath: string): Record<string, string> {
  const read = (ledger ??= readAddressLedger());
  pageForwards ??= addressForwards();
  const earlier = pageForwards.filter((forward) => forward.to === pagePath).map((forward) => forward.from);
  return Object.assign(
    {},
    ...earlier.map((address) => anchorForwardsOf(read, address)),
    anchorForwardsOf(read, pagePath),
  ) as Record<string, string>;
}
