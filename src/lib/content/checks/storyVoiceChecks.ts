/**
 * The house style's two rules for a story's text that a machine can hold (EDITORIAL.md):
 * the documents the site began from are sources like any other, cited by <Cite> and named
 * by their titles, never narrated as "Document 004"; and the errors of sources are listed
 * on /corrections/, so a page points there at most once, in a closing note, rather than
 * arguing with its sources in the middle of the story.
 */
import type { ContentProblem } from '../contentProblem.ts';
import type { MdxArticle } from '../mdxArticle.ts';

/** "Document 004", "document 000", "Doc. 004": how a seed document is named when it is being narrated. */
const DOCUMENT_NUMBER = /\bdoc(?:ument)?\.?\s*0\d\d\b/i;

/** A link to the site-wide list of corrections, with or without a fragment. */
const CORRECTIONS_PAGE = /^\/corrections\/?(?:#.*)?$/;

export function checkStoryVoice(parsed: MdxArticle, file: string, problems: ContentProblem[]): void {
  for (const paragraph of parsed.paragraphs) {
    const named = DOCUMENT_NUMBER.exec(paragraph.source);
    if (!named) continue;
    problems.push({
      file,
      field: `(text) line ${paragraph.line}`,
      found: named[0],
      expected:
        'The story in the site’s own voice: state what the record shows and cite the document with <Cite id="…" /> where it is the source, naming it by its title if at all. Where a document is wrong, that belongs in content/corrections/, not in the story.',
    });
  }
  const notes = [
    ...parsed.addresses.filter((address) => CORRECTIONS_PAGE.test(address.url)).map((address) => address.line),
    ...parsed.corrections.map((correction) => correction.line),
  ].sort((a, b) => a - b);
  if (notes.length > 1) {
    problems.push({
      file,
      field: `(text) lines ${notes.join(', ')}`,
      found: `${notes.length} notes pointing to corrections (links to /corrections/ or <Correction /> boxes)`,
      expected:
        'At most one short closing note that links to /corrections/: the errors of sources are listed there, not argued in the story. Remove the <Correction /> boxes and keep one line at the end, for example "Early reports got some details wrong: see [corrections](/corrections/)."',
    });
  }
}
