/**
 * The performance targets the benchmark reports against. They are measured and shown,
 * never asserted in tests: a slow CI machine must not fail a build.
 */
export interface PageMeasurement {
  path: string;
  lighthouse?: {
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    lcpMs: number;
    cls: number;
    tbtMs: number;
  };
  /** Bytes of every response, gzip-compressed, before the map nears the viewport and after the reader points at it. */
  gzipBytesBeforeMap: number;
  gzipBytesAfterMap: number;
  /** JavaScript (script files plus inline code), gzip, before and after. */
  jsGzipBytesBeforeMap: number;
  jsGzipBytesAfterMap: number;
  requestsBeforeMap: number;
  requestsAfterMap: number;
  /** Whether the page has anything a reader can operate beyond links: widgets, forms, buttons. */
  interactive: boolean;
  hasMap: boolean;
}

export interface TargetResult {
  target: string;
  met: boolean;
  detail: string;
}

export const TARGETS = {
  lighthouseScore: 100,
  lcpMs: 1000,
  cls: 0.01,
  tbtMs: 50,
  homeGzipBytesBeforeMap: 25 * 1024,
  /** A cold build of a copy with this many generated trips (issue 25), wall-clock seconds. */
  growthBuild: { extraTrips: 1000, seconds: 45 },
};

export interface BuildMeasurement {
  extraTrips: number;
  /** Wall-clock seconds of the cold build. */
  seconds: number;
}

/** The build-time target, for the one build it is set for; none for the others. */
export function checkBuildTargets(build: BuildMeasurement): TargetResult[] {
  const { extraTrips, seconds } = TARGETS.growthBuild;
  if (build.extraTrips !== extraTrips) return [];
  return [
    {
      target: `build with ${extraTrips} extra trips ≤ ${seconds} s`,
      met: build.seconds <= seconds,
      detail: `${build.seconds.toFixed(1)} s`,
    },
  ];
}

export function checkTargets(page: PageMeasurement): TargetResult[] {
  const results: TargetResult[] = [];
  const lh = page.lighthouse;
  if (lh) {
    const scores = {
      performance: lh.performance,
      accessibility: lh.accessibility,
      'best-practices': lh.bestPractices,
      SEO: lh.seo,
    };
    for (const [name, score] of Object.entries(scores)) {
      results.push({
        target: `Lighthouse ${name} = 100`,
        met: score >= TARGETS.lighthouseScore,
        detail: String(score),
      });
    }
    results.push({
      target: `LCP ≤ ${(TARGETS.lcpMs / 1000).toFixed(1)} s`,
      met: lh.lcpMs <= TARGETS.lcpMs,
      detail: `${Math.round(lh.lcpMs)} ms`,
    });
    results.push({ target: 'CLS ≤ 0.01', met: lh.cls <= TARGETS.cls, detail: lh.cls.toFixed(3) });
    results.push({ target: 'TBT ≤ 50 ms', met: lh.tbtMs <= TARGETS.tbtMs, detail: `${Math.round(lh.tbtMs)} ms` });
  }
  if (!page.interactive) {
    results.push({
      target: 'no JavaScript on a page with nothing interactive',
      met: page.jsGzipBytesAfterMap === 0,
      detail: `${page.jsGzipBytesAfterMap} B of JS`,
    });
  }
  if (page.path === '/') {
    results.push({
      target: `home ≤ ${TARGETS.homeGzipBytesBeforeMap / 1024} KB gzip before the map nears the viewport`,
      met: page.gzipBytesBeforeMap <= TARGETS.homeGzipBytesBeforeMap,
      detail: `${(page.gzipBytesBeforeMap / 1024).toFixed(1)} KB`,
    });
  }
  return results;
}
