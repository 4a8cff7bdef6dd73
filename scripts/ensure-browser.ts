/**
 * Makes sure the end-to-end tests have a Chromium to drive. Playwright cannot download
 * its own browser here, so the tests use the system one: CHROME_PATH, else Debian's
 * /usr/bin/chromium. When it is missing and we are root with apt-get, it is installed;
 * otherwise the script stops with the exact command to run, never a stack trace.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './lib/browserPath.ts';

const browser = chromiumPath();
if (existsSync(browser)) process.exit(0);

const custom = Boolean(process.env['CHROME_PATH']);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (!custom && isRoot && hasApt) {
  console.log("Chromium is not installed; installing Debian's chromium package for the end-to-end tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
      : update;
  if (install.status === 0 && existsSync(browser)) process.exit(0);
}

console.error(
  [
    '',
    `The end-to-end tests need Chromium, and none was found at ${browser}.`,
    custom
      ? 'CHROME_PATH is set but points to no file: set it to the path of a Chromium or Chrome executable.'
      : 'Install it with:  sudo apt-get update && sudo apt-get install -y chromium',
    'or point CHROME_PATH at an existing Chromium or Chrome executable, then run npm test again.',
    '',
  ].join('\n'),
);
process.exit(1);
