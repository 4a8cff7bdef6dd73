/**
 * Writes the fields of a new content file as YAML, each under a comment taken from the
 * schema's own description, so the guidance in a new file never drifts from the rules
 * the validator applies.
 */
import type { z } from 'astro/zod';
import { fieldGuidance, type FieldPath } from '../../../src/lib/content/schemaWalk.ts';

export interface TemplateField {
  name: string;
  /** The value as YAML text. Omitted for a group of `children`. */
  value?: string;
  /** An optional field: written commented out, with this example value, for the editor to uncomment. */
  example?: string;
  children?: TemplateField[];
}

/**
 * A text value in double quotes. An editor later types over it, and inside double quotes an
 * apostrophe (Kim's, Putin's) is just a character, where inside single quotes it ends the
 * text and the file no longer reads. A date in quotes stays the text written.
 */
export function yamlText(text: string): string {
  // JSON's string syntax is YAML's double-quoted syntax.
  return JSON.stringify(text);
}

export function renderFields(schema: z.ZodType, fields: TemplateField[], path: FieldPath = [], indent = ''): string {
  const lines: string[] = [];
  for (const field of fields) {
    const fieldPath = [...path, field.name];
    const note = fieldGuidance(schema, fieldPath);
    if (note !== undefined) lines.push(`${indent}# ${note}`);
    if (field.children !== undefined) {
      lines.push(`${indent}${field.name}:`, renderFields(schema, field.children, fieldPath, `${indent}  `));
    } else if (field.example !== undefined) {
      lines.push(`${indent}# ${field.name}: ${field.example}`);
    } else {
      lines.push(`${indent}${field.name}: ${field.value ?? ''}`);
    }
  }
  return lines.join('\n');
}
