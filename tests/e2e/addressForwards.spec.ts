import { expect, test } from './support/test.ts';
import { fileURLToPath } from 'node:url';
import { readAddressLedger } from '../../src/lib/site/readAddressLedger.ts';
import { anchorOf, pageOf } from '../../src/lib/site/addressLedger.ts';
import { readBuiltAddresses } from '../../src/lib/site/builtAddresses.ts';
import { DIST_DIR } from '../support/builtPages.ts';

/**
 * Old addresses land where content/addresses.txt and the moved pages say, in a browser:
 * each forwarded #anchor of the ledger, and a moved page's link with its #anchor carried
 * on to the new page.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ledger = readAddressLedger(ROOT);
const ANCHOR_FORWARDS = ledger.lines.filter((line) => line.forward !== undefined && anchorOf(line.address));
const built = await readBuiltAddresses(DIST_DIR);

for (const { address, forward } of ANCHOR_FORWARDS) {
  test(`${address} leads on to ${forward}`, async ({ page }) => {
    await page.goto(address);
    await expect(page).toHaveURL((url) => url.pathname + url.hash === forward);
    // A forward to a whole page (a removed source's anchor sent to the trip it told of) has no anchor to find.
    const anchor = anchorOf(forward!);
    if (anchor !== undefined) await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
    else await expect(page.locator('h1')).toHaveCount(1);
  });
}

test("a moved page sends its link on to the new page, keeping the link's anchor", async ({ page }) => {
  const moved = [...built.pageForwards].find(([, to]) =>
    ledger.lines.some((line) => pageOf(line.address) === to && anchorOf(line.address) !== undefined),
  );
  expect(moved, 'a moved page whose new page has anchors').toBeDefined();
  const [from, to] = moved!;
  const anchor = anchorOf(ledger.lines.find((line) => pageOf(line.address) === to && anchorOf(line.address))!.address)!;
  await page.goto(`${from}#${anchor}`);
  await expect(page).toHaveURL((url) => url.pathname === to && url.hash === `#${anchor}`);
});
