/** The benchmark's Markdown report: one summary table, build times, the targets missed. */
import { TARGETS, checkBuildTargets, checkTargets, type PageMeasurement } from './targets.ts';

export interface BuildTiming {
  label: string;
  extraTrips: number;
  pages: number;
  /** Wall-clock seconds: what a reader of the report waits, and what the target is set on. */
  seconds: number;
  /**
   * Seconds of CPU time the build used, on every thread (the social cards are drawn on worker
   * threads): steadier than the wall clock on a machine shared with other work.
   */
  cpuSeconds?: number | undefined;
}

export interface BenchResult {
  startedAt: string;
  machine: string;
  /** Lighthouse runs per page; the figures shown are their medians. */
  lighthouseRuns: number;
  pages: PageMeasurement[];
  builds: BuildTiming[];
  durationSeconds: number;
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function summaryTable(pages: PageMeasurement[]): string {
  const header = [
    'page',
    'perf',
    'a11y',
    'best pr.',
    'SEO',
    'LCP ms',
    'CLS',
    'TBT ms',
    'KB gz before / after map',
    'JS KB gz before / after',
    'requests before / after',
    'targets missed',
  ];
  const lines = [row(header), row(header.map(() => '---'))];
  for (const page of pages) {
    const lh = page.lighthouse;
    const missed = checkTargets(page).filter((result) => !result.met).length;
    lines.push(
      row([
        page.path,
        lh ? lh.performance : '–',
        lh ? lh.accessibility : '–',
        lh ? lh.bestPractices : '–',
        lh ? lh.seo : '–',
        lh ? Math.round(lh.lcpMs) : '–',
        lh ? lh.cls.toFixed(3) : '–',
        lh ? Math.round(lh.tbtMs) : '–',
        `${kilobytes(page.gzipBytesBeforeMap)} / ${kilobytes(page.gzipBytesAfterMap)}`,
        `${kilobytes(page.jsGzipBytesBeforeMap)} / ${kilobytes(page.jsGzipBytesAfterMap)}`,
        `${page.requestsBeforeMap} / ${page.requestsAfterMap}`,
        missed === 0 ? 'none' : String(missed),
      ]),
    );
  }
  return lines.join('\n');
}

export function buildTable(builds: BuildTiming[]): string {
  const header = ['build', 'extra trips', 'pages', 'seconds', 'CPU seconds', 'target'];
  const lines = [row(header), row(header.map(() => '---'))];
  for (const build of builds) {
    const [target] = checkBuildTargets(build);
    lines.push(
      row([
        build.label,
        build.extraTrips,
        build.pages,
        build.seconds.toFixed(1),
        build.cpuSeconds === undefined ? '–' : build.cpuSeconds.toFixed(1),
        target ? `≤ ${TARGETS.growthBuild.seconds} s: ${target.met ? 'met' : 'missed'}` : '–',
      ]),
    );
  }
  return lines.join('\n');
}

export function missedTargets(pages: PageMeasurement[], builds: BuildTiming[] = []): string[] {
  const missed = (results: ReturnType<typeof checkTargets>) => results.filter((result) => !result.met);
  return [
    ...pages.flatMap((page) =>
      missed(checkTargets(page)).map((result) => `${page.path}: ${result.target} (measured ${result.detail})`),
    ),
    ...builds.flatMap((build) =>
      missed(checkBuildTargets(build)).map((result) => `build: ${result.target} (measured ${result.detail})`),
    ),
  ];
}

export function markdownReport(result: BenchResult): string {
  const missed = missedTargets(result.pages, result.builds);
  return [
    `# Benchmark ${result.startedAt}`,
    '',
    `${result.machine}; ran in ${result.durationSeconds.toFixed(0)} s. Lighthouse: mobile, simulated throttling, ${
      result.lighthouseRuns === 1 ? 'one run a page' : `median of ${result.lighthouseRuns} runs a page`
    }.`,
    'Bytes are the gzip size of every response; "before" is after load with the map out of view,',
    '"after" once the map has been scrolled into view and pointed at (which loads the interactive map).',
    '',
    '## Pages',
    '',
    summaryTable(result.pages),
    '',
    '## Build time',
    '',
    buildTable(result.builds),
    '',
    '## Targets missed',
    '',
    ...(missed.length === 0 ? ['None.'] : missed.map((line) => `- ${line}`)),
    '',
  ].join('\n');
}
