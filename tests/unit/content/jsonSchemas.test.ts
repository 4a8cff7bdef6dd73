import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { schemaFileText, yamlCollectionSchemas } from '../../../src/lib/content/jsonSchemas.ts';
import { PROJECT_ROOT } from '../../../scripts/lib/tempProject.ts';

describe('the JSON Schemas for editors', () => {
  const schemas = yamlCollectionSchemas();

  it.each(schemas.map((entry) => [entry.file, entry] as const))(
    'schemas/%s matches the content schema (run npm run schemas after changing it)',
    async (file, { schema }) => {
      expect(await readFile(join(PROJECT_ROOT, 'schemas', file), 'utf8')).toBe(schemaFileText(schema));
    },
  );

  it('maps every YAML collection folder to its schema in .vscode/settings.json', async () => {
    const settings = JSON.parse(await readFile(join(PROJECT_ROOT, '.vscode', 'settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string>;
    };
    const expected = Object.fromEntries(
      schemas.map(({ file, folder }) => [`./schemas/${file}`, `content/${folder}/*.yaml`]),
    );
    expect(settings['yaml.schemas']).toEqual(expected);
  });

  it('gives dates the shape of the date rule and refuses fields the validator refuses', () => {
    const trips = schemas.find((entry) => entry.folder === 'trips')!.schema as {
      properties: Record<string, { pattern?: string; type?: string }>;
      additionalProperties?: boolean;
    };
    expect(trips.properties['start']).toMatchObject({ type: 'string', pattern: expect.stringContaining('\\d{4}') });
    expect(trips.additionalProperties).toBe(false);
    expect(new RegExp(trips.properties['start']!.pattern!).test('2026-12-1')).toBe(false);
  });
});
