/**
 * The <Cite id="…" /> and <Correction id="…" /> tags of an article, in reading order, as the
 * content check read them from its syntax tree (mdxArticle.ts, stored with the entry in the
 * textNotes collection): the article page numbers its notes from them.
 */
import type { MdxNote } from './mdxArticle.ts';

/** The ids of the <Correction id="…" /> tags, in reading order. */
export function correctionOrder(notes: readonly MdxNote[]): string[] {
  return [...new Set(notes.filter((note) => note.tag === 'Correction').map((note) => note.id))];
}

/** Citation ids in reading order, with each correction's own citations where the correction stands. */
export function citationOrderWithCorrections(
  notes: readonly MdxNote[],
  correctionCitations: ReadonlyMap<string, readonly string[]>,
): string[] {
  const ids = notes.flatMap((note) =>
    note.tag === 'Cite' ? [note.id] : [...(correctionCitations.get(note.id) ?? [])],
  );
  return [...new Set(ids)];
}
