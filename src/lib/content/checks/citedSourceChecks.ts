/**
 * An article lists, under `sources`, the source of every passage it cites. The list feeds the
 * article's reporting date ("reporting as of" cannot be earlier than a source it lists); a
 * citation of an unlisted source would leave that date unchecked against it.
 */
import type { ContentProblem } from '../contentProblem.ts';

export interface CitingArticle {
  file: string;
  /** The `sources` field as written. */
  sources: unknown;
  citations: ReadonlyArray<{ id: string; line: number }>;
}

/** "content/sources/doc-004.yaml" → "doc-004". */
function sourceIdOf(file: string): string {
  return file.replace(/^.*?content\/sources\//, '').replace(/\.yaml$/, '');
}

/** `passageFiles`: each passage id and the source file that lists it. */
export function checkCitedSources(
  article: CitingArticle,
  passageFiles: ReadonlyMap<string, string>,
  problems: ContentProblem[],
): void {
  if (!Array.isArray(article.sources)) return;
  const listed = new Set(article.sources.filter((id): id is string => typeof id === 'string'));
  const missing = new Map<string, { id: string; line: number }>();
  for (const citation of article.citations) {
    const file = passageFiles.get(citation.id);
    if (file === undefined) continue;
    const source = sourceIdOf(file);
    if (!listed.has(source) && !missing.has(source)) missing.set(source, citation);
  }
  if (missing.size === 0) return;
  const additions = [...missing].map(
    ([source, citation]) => `add ${source} to sources (cited on line ${citation.line} by <Cite id="${citation.id}" />)`,
  );
  problems.push({
    file: article.file,
    field: 'sources',
    found: article.sources,
    expected: `Every source the text cites: ${additions.join('; ')}.`,
  });
}
