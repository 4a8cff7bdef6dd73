/**
 * The checks of one file against its schema: placeholders left from the scaffold, fields
 * the schema does not know (usually typos), and Zod's own findings reworded for editors.
 */
import { z } from 'astro/zod';
import { fieldName, valueAt, type ContentProblem } from '../contentProblem.ts';
import { findPlaceholderFields } from '../placeholders.ts';
import { fieldGuidance, findUnknownFields, type FieldPath } from '../schemaWalk.ts';
import { closestMatch } from '../../text/closestMatch.ts';

/** Zod's built-in messages are for developers; ours (written in schemas.ts) are kept as they are. */
const BUILT_IN_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized)/;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list: [a, b] or one "- item" per line',
  object: 'a group of indented fields',
  date: 'a date as YYYY-MM-DD',
};

function startsWith(path: FieldPath, prefix: FieldPath): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

function sentence(description: string | undefined): string {
  return description === undefined ? '' : ` ${description}`;
}

function editorMessage(
  issue: z.core.$ZodIssue,
  found: unknown,
  description: string | undefined,
  misspelt: string | undefined,
): string {
  // A missing field gets the same message whatever rule it breaks: that it is missing.
  if (found === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const typo = misspelt === undefined ? '' : ` Is it the field written "${misspelt}"?`;
    return `This field is missing: add it.${sentence(description)}${typo}`;
  }
  if (!BUILT_IN_MESSAGE.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') return `${TYPE_WORDS[issue.expected] ?? issue.expected}.${sentence(description)}`;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? 'At least' : 'At most';
    const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    const unit = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
    return `${bound} ${String(limit)} ${unit}.`.replace(' .', '.') + sentence(description);
  }
  return `${issue.message}.${sentence(description)}`;
}

/**
 * Checks the raw fields of one file and returns the parsed data, or undefined when
 * anything is wrong (problems are added to `problems`).
 */
export function checkFields(
  schema: z.ZodType,
  raw: Record<string, unknown>,
  file: string,
  problems: ContentProblem[],
): Record<string, unknown> | undefined {
  const placeholders = findPlaceholderFields(raw);
  for (const placeholder of placeholders) {
    problems.push({
      file,
      field: fieldName(placeholder.path),
      found: placeholder.value,
      expected: `This field still needs filling in: replace the TODO placeholder.${sentence(fieldGuidance(schema, placeholder.path))}`,
    });
  }

  // A misspelt field shows up twice: as a field the schema does not know, and as the
  // field it was meant to be, missing. Each message points at the other.
  const misspellings = new Map<string, string>();
  for (const unknown of findUnknownFields(schema, raw)) {
    const name = String(unknown.path.at(-1));
    const meant = closestMatch(name, unknown.known);
    if (meant !== undefined) misspellings.set(fieldName([...unknown.path.slice(0, -1), meant]), name);
    const hint = meant === undefined ? '' : ` Did you mean "${meant}"?`;
    problems.push({
      file,
      field: fieldName(unknown.path),
      found: valueAt(raw, unknown.path),
      expected: `A field this file can have.${hint} The fields here are: ${unknown.known.join(', ')}.`,
    });
  }

  const result = schema.safeParse(raw);
  if (result.success) return placeholders.length === 0 ? (result.data as Record<string, unknown>) : undefined;
  for (const issue of result.error.issues) {
    const path = issue.path as FieldPath;
    if (placeholders.some((placeholder) => startsWith(path, placeholder.path))) continue;
    const found = valueAt(raw, path);
    problems.push({
      file,
      field: fieldName(path),
      found,
      expected: editorMessage(issue, found, fieldGuidance(schema, path), misspellings.get(fieldName(path))),
    });
  }
  return undefined;
}
