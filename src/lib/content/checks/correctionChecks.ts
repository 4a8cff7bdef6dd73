/**
 * A correction sets a seed document's claim beside the public record, so it must point
 * at a passage of a seed document (what was said) and cite passages of public reports
 * (what the record shows). Whether the ids exist is checked with every other reference.
 */
import type { ContentEntry } from '../contentEntry.ts';
import type { ContentProblem } from '../contentProblem.ts';
import type { CorrectionData, SourceData } from '../schemas.ts';

/** For each passage id, whether its source is a seed document (kept whole) or a public report. */
export function passageKinds(sources: ReadonlyArray<ContentEntry>): Map<string, 'seed' | 'report'> {
  const kinds = new Map<string, 'seed' | 'report'>();
  for (const source of sources) {
    const data = source.data as SourceData | undefined;
    for (const passage of data?.passages ?? []) kinds.set(passage.id, data?.file === undefined ? 'report' : 'seed');
  }
  return kinds;
}

export function checkCorrection(
  correction: ContentEntry,
  kinds: ReadonlyMap<string, 'seed' | 'report'>,
  problems: ContentProblem[],
): void {
  const data = correction.data as CorrectionData | undefined;
  if (data === undefined) return;
  if (kinds.get(data.corrects) === 'report') {
    problems.push({
      file: correction.file,
      field: 'corrects',
      found: data.corrects,
      expected:
        'The id of a passage of one of the seed documents (doc-000, doc-004): a correction says where a seed document is wrong. This passage is from a public report.',
    });
  }
  data.citations.forEach((citation, index) => {
    if (kinds.get(citation) !== 'seed') return;
    problems.push({
      file: correction.file,
      field: `citations.${index}`,
      found: citation,
      expected:
        'The id of a passage of a public report (a file in content/sources/ with a url): the record that corrects the document.',
    });
  });
}
