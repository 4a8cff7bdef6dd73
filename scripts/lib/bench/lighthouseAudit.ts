/**
 * Lighthouse's mobile audit (its default: a mid-range phone on a throttled connection,
 * simulated) of one page, in a Chromium started once for every page.
 */
import lighthouse from 'lighthouse';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import type { PageMeasurement } from './targets.ts';

export const LIGHTHOUSE_CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromeForLighthouse(chromePath: string): Promise<LaunchedChrome> {
  return launch({ chromePath, chromeFlags: LIGHTHOUSE_CHROME_FLAGS, logLevel: 'silent' });
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

export async function auditPage(
  chrome: LaunchedChrome,
  url: string,
): Promise<NonNullable<PageMeasurement['lighthouse']>> {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    // Screenshots are for people reading Lighthouse's own report; skipping them saves seconds a page.
    disableFullPageScreenshot: true,
    skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.message}`);
  return {
    performance: score(categories['performance']?.score),
    accessibility: score(categories['accessibility']?.score),
    bestPractices: score(categories['best-practices']?.score),
    seo: score(categories['seo']?.score),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
  };
}
