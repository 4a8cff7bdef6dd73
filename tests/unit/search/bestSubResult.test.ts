import { describe, expect, it } from 'vitest';
import { bestSubResult, type SubResult } from '../../../src/components/search/bestSubResult.ts';

function sub(url: string, ...scores: number[]): SubResult {
  return { url, title: url, excerpt: '', weighted_locations: scores.map((balanced_score) => ({ balanced_score })) };
}

describe('bestSubResult', () => {
  it('leads to the section where the words found weigh most', () => {
    expect(bestSubResult([sub('/a/', 1), sub('/a/#summit', 7, 1), sub('/a/#sources', 1, 1)])?.url).toBe('/a/#summit');
  });

  it('keeps the earlier section on a tie, and gives nothing for no sections', () => {
    expect(bestSubResult([sub('/a/', 2), sub('/a/#later', 2)])?.url).toBe('/a/');
    expect(bestSubResult([])).toBeUndefined();
  });
});
