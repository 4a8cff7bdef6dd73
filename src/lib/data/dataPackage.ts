/**
 * /data/datapackage.json: a Frictionless Data Package (v2) that describes every file, the
 * version and the licence. It is the CSV files' metadata: a CSV has no place of its own
 * for them (a comment line breaks parsers), and Frictionless tools, Open Data portals and
 * `frictionless validate` read this file beside them.
 */
import { COLUMNS, LIST_SEPARATOR, type Column } from './dataColumns.ts';
import { DATA_FORMATS, DATA_SETS, MEDIA_TYPES, type DataFilesInput, type DataSetName } from './dataFiles.ts';
import { DATA_LICENCE } from './dataRelease.ts';
import { SITE_NAME } from '../site/siteInfo.ts';

export const DATA_PACKAGE_FILE = 'datapackage.json';

type FieldType = { type: 'string' } | { type: 'number' } | { type: 'list'; itemType: 'string'; delimiter: string };

/** A field's type, from the values it holds: a list, a number, or else text. */
function fieldType<Row>(column: Column<Row>, rows: readonly Row[]): FieldType {
  const values = rows.map((row) => column.jsonValue(row)).filter((value) => value !== null);
  if (values.length > 0 && values.every(Array.isArray))
    return { type: 'list', itemType: 'string', delimiter: LIST_SEPARATOR };
  if (values.length > 0 && values.every((value) => typeof value === 'number')) return { type: 'number' };
  return { type: 'string' };
}

function rowsOf(data: DataFilesInput, set: DataSetName): readonly unknown[] {
  if (set === 'trips') return data.trips.map((trip) => trip.record);
  if (set === 'routes') return data.routes.map((route) => route.record);
  return data.places;
}

export function dataPackage(data: DataFilesInput): Record<string, unknown> {
  const resources = DATA_SETS.flatMap((set) => {
    const columns = COLUMNS[set] as readonly Column<unknown>[];
    return DATA_FORMATS.map((format) => ({
      name: `${set}-${format}`,
      path: `${set}.${format}`,
      format,
      mediatype: MEDIA_TYPES[format].split(';')[0],
      encoding: 'utf-8',
      ...(format === 'csv'
        ? {
            type: 'table',
            dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"' },
            schema: {
              fields: columns.map((column) => ({
                name: column.name,
                description: column.description,
                ...fieldType(column, rowsOf(data, set)),
              })),
              primaryKey: [columns[0]!.name],
              missingValues: [''],
            },
          }
        : {}),
    }));
  });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'the-armored-train',
    title: data.release.title,
    homepage: data.release.source,
    version: data.release.version,
    content_hash: data.release.content_hash,
    licenses: [{ name: DATA_LICENCE.id, path: DATA_LICENCE.url, title: DATA_LICENCE.title }],
    contributors: [{ title: SITE_NAME, roles: ['publisher'], path: new URL('/', data.release.source).href }],
    resources,
  };
}
