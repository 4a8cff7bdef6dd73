/**
 * Which Chromium the end-to-end tests drive: CHROME_PATH when set, else Debian's.
 * Playwright's own browser download is not available here, so a system browser is used.
 */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['CHROME_PATH'] || DEFAULT_CHROMIUM;
}

/** Flags for a headless Chromium that must not reach out to any host on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
