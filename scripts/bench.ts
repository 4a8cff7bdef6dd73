/**
 * `npm run bench`: builds the site, serves it as a static host does (nginx, as the end-to-end tests do), and measures every
 * page (Lighthouse mobile scores and Web Vitals; bytes, JavaScript and requests before
 * and after the map nears the viewport), then how build time grows with 100 and 1,000
 * extra trips (wall clock and CPU time; the 1,000-trip build against its target). Reports go to bench/results/ as Markdown and JSON. Targets are reported,
 * not enforced. BENCH_PORT picks the preview port (default 4380); CHROME_PATH the browser;
 * BENCH_RUNS how many Lighthouse runs per page to take the median of (default 1, which
 * keeps the whole run well under ten minutes; 3 steadies the timings and takes ~4 more).
 * BENCH_PAGES (paths, comma-separated: "/,/trips/") measures only those pages, and
 * BENCH_GROWTH=0 skips the build-growth builds: for checking one page again on a quiet machine.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './lib/browserPath.ts';
import { builtPagePaths, listBuiltFiles } from './lib/quality/builtSite.ts';
import type { PageMeasurement } from './lib/bench/targets.ts';
import { buildTable, markdownReport, missedTargets, summaryTable, type BenchResult } from './lib/bench/benchReport.ts';
import { startHostLikeServer, timedBuild } from './lib/bench/astroCommand.ts';
import { measurePageWeight } from './lib/bench/pageWeight.ts';
import { auditPage, launchChromeForLighthouse } from './lib/bench/lighthouseAudit.ts';
import { measureBuildGrowth } from './lib/bench/buildGrowth.ts';
import { medianAudit } from './lib/bench/medianAudit.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'bench', 'results');
const PORT = Number(process.env['BENCH_PORT'] ?? 4380);
const EXTRA_TRIPS = [100, 1000];
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 1));
const ONLY_PAGES = process.env['BENCH_PAGES']?.split(',').map((path) => path.trim());
const MEASURE_GROWTH = process.env['BENCH_GROWTH'] !== '0';

const started = performance.now();
const log = (message: string) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[bench ${seconds}s] ${message}`);
};

// Built for the address it is served at, so canonical links point at the page audited.
process.env['SITE_URL'] = `http://localhost:${PORT}`;
log('building the site…');
const buildTime = await timedBuild(ROOT);
const builtPages = (await listBuiltFiles(DIST)).filter((file) => file.endsWith('.html')).length;
log(`built ${builtPages} pages in ${buildTime.seconds.toFixed(1)} s`);

const paths = (await builtPagePaths(DIST)).filter((path) => !ONLY_PAGES || ONLY_PAGES.includes(path));
const preview = await startHostLikeServer(ROOT, PORT);
const pages: PageMeasurement[] = [];
try {
  log(`measuring page weight of ${paths.length} pages in Chromium…`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const path of paths) pages.push(await measurePageWeight(browser, preview.url, path));
  } finally {
    await browser.close();
  }

  const chrome = await launchChromeForLighthouse(chromiumPath());
  try {
    for (const [index, page] of pages.entries()) {
      const runs = [];
      for (let run = 1; run <= LIGHTHOUSE_RUNS; run += 1) {
        const of = LIGHTHOUSE_RUNS > 1 ? ` (run ${run} of ${LIGHTHOUSE_RUNS})` : '';
        log(`Lighthouse ${index + 1}/${pages.length}: ${page.path}${of}`);
        runs.push(await auditPage(chrome, `${preview.url}${page.path}`));
      }
      page.lighthouse = medianAudit(runs);
    }
  } finally {
    chrome.kill();
  }
} finally {
  preview.stop();
}

const builds = [
  { label: 'as it is', extraTrips: 0, pages: builtPages, ...buildTime },
  ...(MEASURE_GROWTH ? await measureBuildGrowth(EXTRA_TRIPS, log) : []),
];

const result: BenchResult = {
  startedAt: new Date().toISOString(),
  machine: `${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`,
  lighthouseRuns: LIGHTHOUSE_RUNS,
  pages,
  builds,
  durationSeconds: (performance.now() - started) / 1000,
};

await mkdir(RESULTS, { recursive: true });
const stamp = result.startedAt.replace(/[:.]/g, '-');
const markdown = markdownReport(result);
for (const name of [`bench-${stamp}`, 'latest']) {
  await writeFile(join(RESULTS, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(join(RESULTS, `${name}.md`), markdown);
}

console.log(`\n${summaryTable(pages)}\n\n${buildTable(builds)}\n`);
const missed = missedTargets(pages, builds);
console.log(
  missed.length === 0 ? 'Every target met.' : `Targets missed:\n${missed.map((line) => `  - ${line}`).join('\n')}`,
);
log(`done; reports in ${RESULTS} (latest.md, latest.json)`);
