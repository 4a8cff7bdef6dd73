/**
 * Quotation marks around a whole value. YAML reads only straight quotes as quoting, so a title
 * pasted from a word processor as “Kim Jong Un by train to Hanoi” keeps its curly quotes, and
 * '"Hanoi"' keeps its inner straight ones: either way the reader would see them on the page.
 */
import type { ContentProblem } from '../contentProblem.ts';
import { fieldName } from '../contentProblem.ts';
import type { FieldPath } from '../schemaWalk.ts';

/** Opening and closing marks of each kind, and every mark of that kind. */
const PAIRS = [
  { open: '“', close: '”', marks: /[“”„]/, name: 'curly quotes “…”' },
  { open: '‘', close: '’', marks: /[‘’‚]/, name: 'curly quotes ‘…’' },
  { open: '«', close: '»', marks: /[«»]/, name: 'quotation marks «…»' },
  { open: '"', close: '"', marks: /"/, name: 'straight quotes "…"' },
];

/** The pair that wraps the whole text with no other mark of its kind inside, if any. */
function wrappingPair(text: string): (typeof PAIRS)[number] | undefined {
  const trimmed = text.trim();
  if (trimmed.length < 3) return undefined;
  return PAIRS.find(
    (pair) => trimmed.startsWith(pair.open) && trimmed.endsWith(pair.close) && !pair.marks.test(trimmed.slice(1, -1)),
  );
}

function expectation(path: FieldPath, inner: string, name: string): string {
  const key = path.at(-1);
  const example = typeof key === 'string' ? `${key}: "${inner}"` : `- "${inner}"`;
  const why = name.startsWith('straight')
    ? 'the value would be published with the quotes'
    : `YAML does not read ${name} as quotes (a word processor puts them in), so they would be published`;
  return `The text without the quotes around it: ${why}. Write ${example}, with straight double quotes.`;
}

/** Every text value of a file's fields, at any depth, that is wrapped whole in quotation marks. */
export function checkPastedQuotes(
  fields: unknown,
  file: string,
  problems: ContentProblem[],
  path: FieldPath = [],
): void {
  if (typeof fields === 'string') {
    const pair = wrappingPair(fields);
    if (pair === undefined) return;
    const inner = fields.trim().slice(1, -1);
    problems.push({ file, field: fieldName(path), found: fields, expected: expectation(path, inner, pair.name) });
    return;
  }
  if (Array.isArray(fields)) {
    fields.forEach((item, index) => checkPastedQuotes(item, file, problems, [...path, index]));
    return;
  }
  if (fields !== null && typeof fields === 'object') {
    for (const [key, value] of Object.entries(fields)) checkPastedQuotes(value, file, problems, [...path, key]);
  }
}
