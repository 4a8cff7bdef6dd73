/** Articles in the order editors set, with drafts left out of the built site. */
export interface OrderedArticle {
  id: string;
  data: { order: number; title: string; draft: boolean };
}

export function publishedInOrder<T extends OrderedArticle>(articles: readonly T[]): T[] {
  return articles
    .filter((article) => !article.data.draft)
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** The entries either side of one in an ordered list, for previous/next links (articles, trips). */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const index = ordered.findIndex((article) => article.id === id);
  if (index === -1) return {};
  const result: { previous?: T; next?: T } = {};
  if (index > 0) result.previous = ordered[index - 1]!;
  if (index < ordered.length - 1) result.next = ordered[index + 1]!;
  return result;
}
