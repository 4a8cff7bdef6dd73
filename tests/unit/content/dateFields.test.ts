/**
 * Every date field of every collection follows the one date rule (partialDateSchema or
 * dayDateSchema in schemas.ts), new ones included: a field whose name says it holds a date
 * and that takes any other text fails here, naming the collection and the field.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/lib/content/contentCollections.ts';
import { collectionJsonSchema } from '../../../src/lib/content/jsonSchemas.ts';

const DATE_NAME = /(^|[a-z])(date|Date)$|^(start|end|published|updated|reportingAsOf)$/;

interface JsonNode {
  properties?: Record<string, JsonNode>;
  items?: JsonNode | JsonNode[];
  prefixItems?: JsonNode[];
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
  allOf?: JsonNode[];
  pattern?: string;
}

/** Every named field at any depth, with the JSON Schema of its value. */
function namedFields(node: JsonNode, path: string): Array<[string, string, JsonNode]> {
  const found: Array<[string, string, JsonNode]> = [];
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    found.push([`${path}${name}`, name, child], ...namedFields(child, `${path}${name}.`));
  }
  const nested = [
    ...(Array.isArray(node.items) ? node.items : node.items ? [node.items] : []),
    ...(node.prefixItems ?? []),
    ...(node.anyOf ?? []),
    ...(node.oneOf ?? []),
    ...(node.allOf ?? []),
  ];
  for (const child of nested) found.push(...namedFields(child, path));
  return found;
}

/** The patterns a value may match: its own, or those of the choices it offers (a date or {date: …}). */
function datePatterns(node: JsonNode): string[] {
  return [node.pattern, ...(node.anyOf ?? []).map((choice) => choice.pattern)].filter(
    (pattern): pattern is string => pattern !== undefined,
  );
}

describe('the date rule', () => {
  it('is found by this test in the fields that hold dates', () => {
    const trips = collectionJsonSchema(COLLECTIONS.find((spec) => spec.name === 'trips')!) as JsonNode;
    const names = namedFields(trips, '').map(([path]) => path);
    expect(names).toEqual(expect.arrayContaining(['start', 'end']));
  });

  it.each(COLLECTIONS.map((spec) => [spec.name, spec] as const))('applies to every date field of %s', (name, spec) => {
    const dateFields = namedFields(collectionJsonSchema(spec) as JsonNode, '').filter(([, field]) =>
      DATE_NAME.test(field),
    );
    for (const [path, , node] of dateFields) {
      expect(datePatterns(node), `${name}: ${path} must use partialDateSchema or dayDateSchema`).toEqual(
        expect.arrayContaining([expect.stringMatching(/^\^\\d\{4\}/)]),
      );
    }
  });
});
