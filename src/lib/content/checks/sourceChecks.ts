/** Each source points at a document in content/sources/originals/ that contains every passage word for word. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentEntry } from '../contentEntry.ts';
import type { ContentProblem } from '../contentProblem.ts';
import { normaliseForComparison } from '../../text/normaliseText.ts';
import { firstDifference } from '../../text/firstDifference.ts';

interface SourceFields {
  file?: string;
  passages: Array<{ quote: string }>;
}

export async function checkSourceOriginal(
  source: ContentEntry,
  originalsDir: string,
  problems: ContentProblem[],
): Promise<void> {
  if (source.data === undefined) return;
  const data = source.data as unknown as SourceFields;
  // A public report is not kept whole; its passages are checked for length by the schema.
  const file = data.file;
  if (file === undefined) return;
  const original = await readFile(join(originalsDir, file), 'utf8').catch(() => undefined);
  if (original === undefined) {
    problems.push({
      file: source.file,
      field: 'file',
      found: file,
      expected: 'The name of a document in content/sources/originals/.',
    });
    return;
  }
  const searchable = normaliseForComparison(original);
  data.passages.forEach((passage, index) => {
    if (searchable.includes(normaliseForComparison(passage.quote))) return;
    problems.push({
      file: source.file,
      field: `passages.${index}.quote`,
      found: passage.quote,
      expected: `The words exactly as they appear in ${file}: copy and paste them from the document.${whereTheyPart(passage.quote, original)}`,
    });
  });
}

/** ' They part after "…": the quote has "…" where the document has "…".', or why nothing matched. */
function whereTheyPart(quote: string, original: string): string {
  const difference = firstDifference(quote, original);
  if (difference === undefined) return '';
  if (difference.document === undefined) {
    return ` Not even the first word ("${difference.quote.split(' ')[0]}") is in the document: is it the right file?`;
  }
  const after = difference.matched.split(' ').slice(-4).join(' ');
  const document = difference.document === '' ? 'the document ends' : `the document has "${difference.document}"`;
  return ` They part after "…${after}": the quote has "${difference.quote}" where ${document}.`;
}
