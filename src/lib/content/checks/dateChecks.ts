/**
 * Dates that the schema alone cannot judge, because they depend on today or on
 * another file: nothing in the future unless planned, nothing planned that has passed,
 * and an article's "reporting as of" date consistent with its sources and its own dates.
 */
import type { ContentEntry } from '../contentEntry.ts';
import type { ContentProblem } from '../contentProblem.ts';
import { knownFields } from '../schemaWalk.ts';
import { dayDateOf, earliestInstant, isPartialDate, latestInstant, type PartialDate } from '../../dates/partialDate.ts';

/** A field of an entry that passed its schema: a date, read there, or something else (a source's "unknown"). */
function asPartialDate(value: unknown): PartialDate | null {
  return isPartialDate(value) ? value : null;
}

function startOfDay(today: Date): number {
  return Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}

export function checkPastDates(entry: ContentEntry, today: Date, problems: ContentProblem[]): void {
  const { data, spec, file } = entry;
  if (data === undefined || spec.pastDates.length === 0) return;
  const canBePlanned = knownFields(spec.schema, []).includes('planned');
  const todayText = dayDateOf(today).iso;
  if (data['planned'] === true) {
    const firstField = spec.pastDates.find((field) => asPartialDate(data[field]) !== null);
    const first = firstField === undefined ? null : asPartialDate(data[firstField]);
    if (firstField !== undefined && first !== null && latestInstant(first) < startOfDay(today)) {
      problems.push({
        file,
        field: 'planned',
        found: true,
        expected: `false once the trip has happened: its ${firstField} (${first.iso}) is before today (${todayText}). Remove "planned: true", or correct the date.`,
      });
    }
    return;
  }
  for (const field of spec.pastDates) {
    const date = asPartialDate(data[field]);
    if (date === null || earliestInstant(date) <= today.getTime()) continue;
    const planned = canBePlanned ? '; set "planned: true" for a trip that has not happened yet' : '';
    problems.push({
      file,
      field,
      found: date.iso,
      expected: `A date no later than today (${todayText})${planned}.`,
    });
  }
}

/**
 * "Reporting as of" is the date of the newest source an article relies on, so it cannot be
 * earlier than a source it lists, nor later than the article's last publication.
 */
export function checkReportingDate(
  article: ContentEntry,
  sources: ReadonlyMap<string, ContentEntry>,
  problems: ContentProblem[],
): void {
  const data = article.data;
  const reportingAsOf = asPartialDate(data?.['reportingAsOf']);
  if (data === undefined || reportingAsOf === null) return;
  const found = reportingAsOf.iso;
  for (const id of (data['sources'] as string[] | undefined) ?? []) {
    const source = sources.get(id);
    const sourceDate = asPartialDate(source?.data?.['date']);
    if (sourceDate !== null && earliestInstant(sourceDate) > latestInstant(reportingAsOf)) {
      problems.push({
        file: article.file,
        field: 'reportingAsOf',
        found,
        expected: `A date on or after ${sourceDate.iso}, the date of the source ${id} that the article lists: reportingAsOf is the date of the newest source relied on.`,
      });
    }
  }
  const lastChangedDate = asPartialDate(data['updated'] ?? data['published']);
  if (lastChangedDate !== null && earliestInstant(reportingAsOf) > latestInstant(lastChangedDate)) {
    problems.push({
      file: article.file,
      field: 'reportingAsOf',
      found,
      expected: `A date on or before ${lastChangedDate.iso} (the article's ${data['updated'] === undefined ? 'published' : 'updated'} date): an article cannot rely on a source newer than its last change.`,
    });
  }
}
