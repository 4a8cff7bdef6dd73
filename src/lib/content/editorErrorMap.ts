/**
 * The words of Zod's own findings, written for editors. Passed to `safeParse` as an error
 * map (as Starlight does in packages/starlight/utils/error-map.ts), it writes the message of
 * every issue whose schema has no message of its own: a message written in schemas.ts
 * always wins, because Zod prefers the schema's error to the one given at parse time.
 */
import type { z } from 'astro/zod';
import { fieldGuidance, type FieldPath } from './schemaWalk.ts';

const TYPE_WORDS: Record<string, string> = {
  string: 'Text',
  number: 'A number',
  int: 'A whole number',
  boolean: 'true or false',
  array: 'A list: [a, b] or one "- item" per line',
  object: 'A group of indented fields',
  tuple: 'A list of a fixed length, such as [43.80, 131.95]',
};

const UNITS: Record<string, [string, string]> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
  set: ['item', 'items'],
};

function withGuidance(message: string, guidance: string | undefined): string {
  return guidance === undefined ? message : `${message} ${guidance}`;
}

function bound(prefix: string, limit: number | bigint, origin: string): string {
  const unit = UNITS[origin];
  if (unit === undefined) return `${prefix} ${String(limit)}.`;
  return `${prefix} ${String(limit)} ${Number(limit) === 1 ? unit[0] : unit[1]}.`;
}

/** Whether an issue is about a field that is not there at all. */
export function isMissingField(issue: { code: string; input?: unknown }): boolean {
  return issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
}

export function editorErrorMap(schema: z.ZodType): z.core.$ZodErrorMap {
  return (issue) => {
    const guidance = fieldGuidance(schema, (issue.path ?? []) as FieldPath);
    if (isMissingField(issue)) return withGuidance('This field is missing: add it.', guidance);
    switch (issue.code) {
      case 'invalid_type':
        return withGuidance(`${TYPE_WORDS[issue.expected] ?? issue.expected}.`, guidance);
      case 'too_small':
        return withGuidance(bound('At least', issue.minimum, issue.origin), guidance);
      case 'too_big':
        return withGuidance(bound('At most', issue.maximum, issue.origin), guidance);
      case 'invalid_value':
        return `One of: ${issue.values.map(String).join(', ')}.`;
      case 'invalid_format':
        return withGuidance(`Text in the expected form${issue.pattern ? ` (${issue.pattern})` : ''}.`, guidance);
      case 'not_multiple_of':
        return `A multiple of ${String(issue.divisor)}.`;
      default:
        return withGuidance('A value of the kind this field takes.', guidance);
    }
  };
}
