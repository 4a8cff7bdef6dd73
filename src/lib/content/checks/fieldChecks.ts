/**
 * The checks of one file against its schema: placeholders left from the scaffold, fields
 * the schema does not know (usually typos), and Zod's findings in the words of
 * editorErrorMap.ts or of schemas.ts.
 */
import { z } from 'astro/zod';
import { fieldName, valueAt, type ContentProblem } from '../contentProblem.ts';
import { findPlaceholderFields } from '../placeholders.ts';
import { fieldGuidance, findUnknownFields, type FieldPath } from '../schemaWalk.ts';
import { closestMatch } from '../../text/closestMatch.ts';
import { editorErrorMap, isMissingField } from '../editorErrorMap.ts';

function sentence(description: string | undefined): string {
  return description === undefined ? '' : ` ${description}`;
}

function startsWith(path: FieldPath, prefix: FieldPath): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

/**
 * The message of one issue. A missing field gets the same message whatever rule it breaks,
 * even one with a message of its own in schemas.ts: what the editor must do is add it.
 */
function editorMessage(
  issue: z.core.$ZodIssue,
  found: unknown,
  description: string | undefined,
  misspelt: string | undefined,
): string {
  if (isMissingField({ code: issue.code, input: found })) {
    const typo = misspelt === undefined ? '' : ` Is it the field written "${misspelt}"?`;
    return `This field is missing: add it.${sentence(description)}${typo}`;
  }
  return issue.message;
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

  const result = schema.safeParse(raw, { error: editorErrorMap(schema) });
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
