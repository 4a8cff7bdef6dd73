/** One thing an editor must fix, and how problems are shown to them. */
import type { FieldPath } from './schemaWalk.ts';

export interface ContentProblem {
  /** Path of the file, relative to the project root, as the editor sees it. */
  file: string;
  /** Dotted path of the field inside the file, or "(file)" for the file as a whole. */
  field: string;
  /** The value found, shown back to the editor; undefined when the field is missing. */
  found: unknown;
  /** What to write instead. */
  expected: string;
  /** The file cannot be read at all, so the checks that need its fields are held back. */
  unreadable?: boolean;
}

export function fieldName(path: FieldPath): string {
  return path.length === 0 ? '(file)' : path.map(String).join('.');
}

export function valueAt(data: unknown, path: FieldPath): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function showValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // Text is shown as the editor wrote it, in quotes but without JSON's escaping.
  const text =
    typeof value === 'string' ? `"${value.replace(/\s*\n\s*/g, ' ')}"` : (JSON.stringify(value) ?? String(value));
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** One block per problem, in the order an editor would fix them: file by file. */
export function formatProblems(problems: ContentProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file));
  const unreadable = problems.length > 0 && problems.every((problem) => problem.unreadable);
  const heading = unreadable
    ? `${problems.length} file${problems.length === 1 ? '' : 's'} in content/ cannot be read. Fix ${problems.length === 1 ? 'it' : 'them'} first: the other checks run once every file can be read.`
    : `${problems.length} problem${problems.length === 1 ? '' : 's'} in content/:`;
  const lines = [heading, ''];
  for (const problem of sorted) {
    lines.push(`✗ ${problem.file}`);
    lines.push(`    field:    ${problem.field}`);
    lines.push(`    found:    ${showValue(problem.found)}`);
    lines.push(`    expected: ${problem.expected}`);
    lines.push('');
  }
  return lines.join('\n');
}
