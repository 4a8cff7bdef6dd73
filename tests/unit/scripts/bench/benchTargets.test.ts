import { describe, expect, it } from 'vitest';
import { checkTargets, type PageMeasurement } from '../../../../scripts/lib/bench/targets.ts';
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

describe('markdownReport', () => {
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
