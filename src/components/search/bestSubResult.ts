/**
 * Pagefind splits each page found into sub-results, one a section (the text from one
 * heading with an id to the next), each with the address of its heading. A result leads
 * to the section where the words found weigh most (a heading's words weigh more than a
 * paragraph's), not to the top of a long page; the earlier section wins a tie.
 */
export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}

export function bestSubResult<T extends SubResult>(subResults: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const sub of subResults) {
    const score = sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
    if (best === undefined || score > bestScore) {
      best = sub;
      bestScore = score;
    }
  }
  return best;
}
