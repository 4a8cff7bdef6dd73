/**
 * Lighthouse's simulated timings move by a tenth of a second or more between runs of the
 * same page on the same machine; its authors advise taking the median of several runs.
 * The median is taken figure by figure, so one slow run cannot pull any of them.
 */
import type { PageMeasurement } from './targets.ts';

export type LighthouseFigures = NonNullable<PageMeasurement['lighthouse']>;

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function medianAudit(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const of = (key: keyof LighthouseFigures) => median(runs.map((run) => run[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    lcpMs: of('lcpMs'),
    cls: of('cls'),
    tbtMs: of('tbtMs'),
  };
}
