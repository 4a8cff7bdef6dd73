/**
 * The scaffold (npm run new) fills every field an editor must write with a TODO marker.
 * A marker left in place fails validation, so a half-filled file never reaches the site.
 */
import type { FieldPath } from './schemaWalk.ts';

export const PLACEHOLDER = 'TODO';

const MARKER = /\bTODO\b/;

export function hasPlaceholder(text: string): boolean {
  return MARKER.test(text);
}

export interface PlaceholderField {
  path: FieldPath;
  value: string;
}

/** Every text value, at any depth, that still holds the marker. */
export function findPlaceholderFields(value: unknown, path: FieldPath = []): PlaceholderField[] {
  if (typeof value === 'string') return hasPlaceholder(value) ? [{ path, value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findPlaceholderFields(item, [...path, index]));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => findPlaceholderFields(item, [...path, key]));
  }
  return [];
}

export interface PlaceholderLine {
  /** 1-based line number. */
  line: number;
  text: string;
}

/** Lines of free text (an article body) that still hold the marker. */
export function findPlaceholderLines(text: string, firstLine = 1): PlaceholderLine[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: index + firstLine, text: line.trim() }))
    .filter((entry) => hasPlaceholder(entry.text));
}
