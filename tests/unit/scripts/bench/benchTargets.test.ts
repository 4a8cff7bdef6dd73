import { describe, expect, it } from 'vitest';
import {
  TARGETS,
  checkBuildTargets,
  checkTargets,
  type PageMeasurement,
} from '../../../../scripts/lib/bench/targets.ts';
import { markdownReport } from '../../../../scripts/lib/bench/benchReport.ts';

const fast: NonNullable<PageMeasurement['lighthouse']> = {
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 900,
  cls: 0,
  tbtMs: 10,
};

function page(overrides: Partial<PageMeasurement>): PageMeasurement {
  return {
    path: '/articles/a/',
    lighthouse: fast,
    gzipBytesBeforeMap: 10_000,
    gzipBytesAfterMap: 10_000,
    jsGzipBytesBeforeMap: 0,
    jsGzipBytesAfterMap: 0,
    requestsBeforeMap: 3,
    requestsAfterMap: 3,
    interactive: false,
    hasMap: false,
    ...overrides,
  };
}

const missed = (measurement: PageMeasurement) =>
  checkTargets(measurement)
    .filter((result) => !result.met)
    .map((result) => result.target);

describe('checkTargets', () => {
  it('passes a fast page with no JavaScript', () => {
    expect(missed(page({}))).toEqual([]);
  });

  it('reports each Lighthouse score under 100 and each vital over its limit', () => {
    const slow = { ...fast, seo: 92, lcpMs: 1001, cls: 0.02, tbtMs: 51 };
    expect(missed(page({ lighthouse: slow }))).toEqual([
      'Lighthouse SEO = 100',
      'LCP ≤ 1.0 s',
      'CLS ≤ 0.01',
      'TBT ≤ 50 ms',
    ]);
  });

  it('reports JavaScript only on pages with nothing interactive', () => {
    expect(missed(page({ jsGzipBytesAfterMap: 500 }))).toEqual(['no JavaScript on a page with nothing interactive']);
    expect(missed(page({ jsGzipBytesAfterMap: 500, interactive: true }))).toEqual([]);
  });

  it('holds the home page to 25 KB gzip before the map nears the viewport', () => {
    expect(missed(page({ path: '/', gzipBytesBeforeMap: 26 * 1024, gzipBytesAfterMap: 200_000 }))).toEqual([
      'home ≤ 25 KB gzip before the map nears the viewport',
    ]);
    expect(missed(page({ path: '/', gzipBytesBeforeMap: 24 * 1024, gzipBytesAfterMap: 200_000 }))).toEqual([]);
  });
});

describe('checkBuildTargets', () => {
  const { extraTrips, seconds } = TARGETS.growthBuild;

  it(`holds the build with ${extraTrips} extra trips to ${seconds} s, and reports what it measured`, () => {
    expect(checkBuildTargets({ extraTrips, seconds: seconds - 0.1 })).toEqual([
      {
        target: `build with ${extraTrips} extra trips ≤ ${seconds} s`,
        met: true,
        detail: `${(seconds - 0.1).toFixed(1)} s`,
      },
    ]);
    expect(checkBuildTargets({ extraTrips, seconds: seconds + 0.1 })).toMatchObject([{ met: false }]);
  });

  it('sets no target for the other builds', () => {
    expect(checkBuildTargets({ extraTrips: 0, seconds: 1000 })).toEqual([]);
    expect(checkBuildTargets({ extraTrips: extraTrips / 10, seconds: 1000 })).toEqual([]);
  });
});

describe('markdownReport', () => {
  const { extraTrips, seconds } = TARGETS.growthBuild;
  const report = (slowest: number) =>
    markdownReport({
      startedAt: '2026-01-01T00:00:00.000Z',
      machine: '2 CPU cores',
      lighthouseRuns: 1,
      pages: [page({})],
      builds: [
        { label: 'as it is', extraTrips: 0, pages: 2, seconds: 5, cpuSeconds: 7.25 },
        { label: `with ${extraTrips} extra trips`, extraTrips, pages: 2002, seconds: slowest, cpuSeconds: 60 },
      ],
      durationSeconds: 60,
    });

  it('shows the build target beside the baseline, with the CPU time of each build', () => {
    expect(report(seconds + 10)).toMatch(/^\| as it is \| 0 \| 2 \| 5\.0 \| 7\.3 \| – \|$/m);
    expect(report(seconds + 10)).toMatch(
      new RegExp(`^\\| with ${extraTrips} extra trips \\| .* \\| ≤ ${seconds} s: missed \\|$`, 'm'),
    );
    expect(report(seconds - 10)).toMatch(new RegExp(`≤ ${seconds} s: met \\|$`, 'm'));
  });

  it('lists a missed build target with the pages’ missed targets', () => {
    expect(report(seconds + 10)).toContain(
      `- build: build with ${extraTrips} extra trips ≤ ${seconds} s (measured ${(seconds + 10).toFixed(1)} s)`,
    );
    expect(report(seconds - 10)).toMatch(/## Targets missed\n\nNone\./);
  });

  it('has a row per page and lists what was missed', () => {
    const report = markdownReport({
      startedAt: '2026-01-01T00:00:00.000Z',
      machine: '2 CPU cores',
      lighthouseRuns: 3,
      pages: [page({}), page({ path: '/sources/', lighthouse: { ...fast, tbtMs: 80 } })],
      builds: [{ label: 'as it is', extraTrips: 0, pages: 2, seconds: 5 }],
      durationSeconds: 60,
    });
    expect(report).toMatch(/^\| \/articles\/a\/ \| 100 .* \| none \|$/m);
    expect(report).toMatch(/^\| \/sources\/ \| .* \| 1 \|$/m);
    expect(report).toContain('- /sources/: TBT ≤ 50 ms (measured 80 ms)');
    expect(report).toContain('median of 3 runs a page');
  });
});
