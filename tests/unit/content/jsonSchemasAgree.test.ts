/**
 * The JSON Schemas that editors' text editors use agree with the validator: every content file
 * they accept today, and field-level mistakes the validator refuses, they refuse too. Files are
 * read as the validator and VS Code's YAML extension read them (YAML 1.2: a date is text).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { yamlCollectionSchemas } from '../../../src/lib/content/jsonSchemas.ts';
import { readYaml } from '../../../src/lib/content/readYaml.ts';
import { PROJECT_ROOT } from '../../../scripts/lib/tempProject.ts';

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const schemas = yamlCollectionSchemas().map(({ folder, file }) => ({
  folder,
  validate: ajv.compile(JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas', file), 'utf8')) as object),
}));

function filesOf(folder: string): string[] {
  const dir = join(PROJECT_ROOT, 'content', folder);
  return readdirSync(dir).filter((name) => name.endsWith('.yaml'));
}

function errorsFor(folder: string, data: unknown): string {
  const schema = schemas.find((entry) => entry.folder === folder)!;
  return schema.validate(data) ? '' : ajv.errorsText(schema.validate.errors);
}

function fixture(path: string): Record<string, unknown> {
  return readYaml(readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'content', path), 'utf8')) as Record<
    string,
    unknown
  >;
}

describe('ajv with schemas/', () => {
  it.each(schemas.flatMap(({ folder }) => filesOf(folder).map((name) => [`${folder}/${name}`, folder, name] as const)))(
    'accepts content/%s',
    (_path, folder, name) => {
      const data = readYaml(readFileSync(join(PROJECT_ROOT, 'content', folder, name), 'utf8'));
      expect(errorsFor(folder, data)).toBe('');
    },
  );

  it('accepts an unquoted date, which YAML 1.2 reads as text', () => {
    const trip = { ...fixture('trips/2019-04-vladivostok.yaml'), ...(readYaml('start: 2019-04-24') as object) };
    expect(errorsFor('trips', trip)).toBe('');
  });

  it('accepts a source whose date is not known, written "unknown"', () => {
    const source = {
      ...fixture('sources/doc-004.yaml'),
      date: 'unknown',
      dateNote: 'The copy read prints no date, and nothing in the text dates it.',
    };
    expect(errorsFor('sources', source)).toBe('');
  });

  it('accepts a gazetteer address with Cyrillic letters', () => {
    const place = fixture('places/khasan.yaml');
    const withCyrillic = {
      ...place,
      coordinates: { source: 'Wikipedia (ru)', url: 'https://ru.wikipedia.org/wiki/Хасан' },
    };
    expect(errorsFor('places', withCyrillic)).toBe('');
  });

  it.each([
    ['a misspelt field', 'trips', 'trips/2019-04-vladivostok.yaml', { destinaton: 'vladivostok' }],
    ['a date without its leading zeros', 'trips', 'trips/2019-04-vladivostok.yaml', { start: '2019-4-25' }],
    ['a leader written as a name', 'trips', 'trips/2019-04-vladivostok.yaml', { leader: 'Kim Jong Un' }],
    ['a latitude out of range', 'places', 'places/ussuriysk.yaml', { latitude: 143.8 }],
    ['another word for a date not known', 'sources', 'sources/doc-004.yaml', { date: 'undated' }],
    [
      'an address that is not a web address',
      'places',
      'places/khasan.yaml',
      { coordinates: { source: 'GeoNames', url: 'geonames 2037013' } },
    ],
  ])('refuses %s, as the validator does', (_name, folder, path, change) => {
    expect(errorsFor(folder, { ...fixture(path), ...change })).not.toBe('');
  });
});
