/**
 * JSON Schemas of the YAML collections, for editors' text editors: VS Code's YAML extension
 * completes field names, shows each field's description and flags a wrong value as it is
 * typed (.vscode/settings.json maps each folder of content/ to its schema). They are written
 * from the same schemas the validator uses, by `npm run schemas`, into schemas/; a unit test
 * fails when the committed files no longer match.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionSpec } from './contentCollections.ts';
import { SLUG_PATTERN } from './schemas/fields.ts';

/** The shape the date rule accepts; the rule itself (a real calendar date) is the validator's. */
const DATE_PATTERNS: Record<string, string> = {
  partial: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  day: '^\\d{4}-\\d{2}-\\d{2}$',
  // A source whose date is not known says so: "unknown".
  'partial-or-unknown': '^\\d{4}(-\\d{2}(-\\d{2})?)?$|^unknown$',
};

const WEB_ADDRESS_PATTERN = '^https?://[^\\s/?#]+[^\\s]*$';

/**
 * Every id another file can name is a slug, or slugs joined by "/" for a file in a
 * subfolder, so a reference written as a name ("Kim Jong Un") is marked as it is typed;
 * whether the entry exists is for the validator, which sees the other files.
 */
const SLUG = SLUG_PATTERN.source.replace(/^\^|\$$/g, '');
const ID_PATTERN = `^${SLUG}(?:/${SLUG})*$`;

interface Meta {
  date?: string;
  references?: string;
}

export function collectionJsonSchema(spec: CollectionSpec): Record<string, unknown> {
  const schema = z.toJSONSchema(spec.schema, {
    io: 'input',
    unrepresentable: 'any',
    override(context) {
      const json = context.jsonSchema as Record<string, unknown>;
      const meta = (z.globalRegistry.get(context.zodSchema as unknown as z.ZodType) ?? {}) as Meta;
      if (json['type'] === 'object' && json['properties'] !== undefined) json['additionalProperties'] = false;
      const datePattern = meta.date === undefined ? undefined : DATE_PATTERNS[meta.date];
      if (datePattern !== undefined) {
        json['type'] = 'string';
        json['pattern'] = datePattern;
        delete json['date'];
      }
      // Addresses are written as the browser shows them, Cyrillic and all (ru.wikipedia.org/wiki/Хасан).
      // The "uri" format allows ASCII only, and "iri" is unknown to most checkers (ajv-formats
      // among them), so the rule is the validator's own: http(s)://, a host, no spaces.
      if (json['format'] === 'uri') {
        delete json['format'];
        json['pattern'] = WEB_ADDRESS_PATTERN;
      }
      if (meta.references !== undefined) {
        delete json['references'];
        json['type'] = 'string';
        json['pattern'] = ID_PATTERN;
      }
    },
  });
  return { ...schema, title: `A file in content/${spec.folder}/` };
}

/** Every YAML collection, with the file name its schema is written to. */
export function yamlCollectionSchemas(): Array<{ file: string; folder: string; schema: Record<string, unknown> }> {
  return COLLECTIONS.filter((spec) => spec.format === 'yaml').map((spec) => ({
    file: `${spec.name}.schema.json`,
    folder: spec.folder,
    schema: collectionJsonSchema(spec),
  }));
}

export function schemaFileText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
