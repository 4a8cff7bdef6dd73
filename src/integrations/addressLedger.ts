/**
 * Holds every build to content/addresses.txt, the ledger of addresses the site has
 * published (see src/lib/site/addressLedger.ts). Once the pages are written it:
 *
 * 1. puts a copy of the file at each forwarded file address (a trip's old data file and
 *    social card): a copy is what a plain static host can serve, and what a data user's
 *    script that does not follow redirects still reads;
 * 2. stops the build, naming each address and the fix, when an address of the ledger no
 *    longer lands anywhere, or a forward leads nowhere;
 * 3. adds the addresses published for the first time to the ledger, for the editor to
 *    commit with the change that made them.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addressForwards } from '../lib/site/addressForwards.ts';
import { LEDGER_FILE, formatLedger } from '../lib/site/addressLedger.ts';
import { ledgerPath, readAddressLedger } from '../lib/site/readAddressLedger.ts';
import { readBuiltAddresses } from '../lib/site/builtAddresses.ts';
import { compareWithLedger, withAddedAddresses } from '../lib/site/ledgerComparison.ts';
import { formatProblems } from '../lib/content/contentProblem.ts';
import { ledgerSyntaxProblems } from '../lib/site/ledgerSyntaxProblems.ts';

async function copyForwardedFiles(root: string, outDir: string): Promise<void> {
  for (const { from, to } of addressForwards(root)) {
    if (from.endsWith('/')) continue;
    const source = join(outDir, to);
    const target = join(outDir, from);
    if (!existsSync(source) || existsSync(target)) continue;
    await mkdir(dirname(target), { recursive: true });
    await copyFile(source, target);
  }
}

export function addressLedger(): AstroIntegration {
  let root = '';
  return {
    name: 'address-ledger',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await copyForwardedFiles(root, outDir);
        const ledger = readAddressLedger(root);
        const { problems, added } = compareWithLedger(ledger, await readBuiltAddresses(outDir));
        problems.unshift(...ledgerSyntaxProblems(ledger));
        if (problems.length > 0) {
          console.error(
            `\nAddresses the site has published would stop working; nothing was published.\n\n${formatProblems(problems)}\nEach address above is listed in ${LEDGER_FILE}. Fix the problems, then build again.`,
          );
          process.exit(1);
        }
        if (added.length > 0) {
          await writeFile(ledgerPath(root), formatLedger(withAddedAddresses(ledger, added)));
          logger.info(
            `${added.length} address${added.length === 1 ? '' : 'es'} published for the first time, added to ${LEDGER_FILE}: commit it with your change.`,
          );
        }
      },
    },
  };
}
