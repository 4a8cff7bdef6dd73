/**
 * CSV as RFC 4180 describes it, for spreadsheets: a header row, every field quoted, CRLF
 * line ends. The file starts with a UTF-8 byte-order mark: without it Excel reads a CSV
 * in the computer's legacy code page and garbles the Korean, Russian and Chinese names and
 * the typographic apostrophes; LibreOffice, Google Sheets, pandas and R read it either way.
 */
import { stringify } from 'csv-stringify/sync';
import type { Column } from './dataColumns.ts';

export const BYTE_ORDER_MARK = '\uFEFF';

export function csvTable<Row>(
  columns: ReadonlyArray<Pick<Column<Row>, 'name' | 'value'>>,
  rows: readonly Row[],
): string {
  const records = rows.map((row) => columns.map((column) => column.value(row) ?? ''));
  return stringify([columns.map((column) => column.name), ...records], {
    bom: true,
    quoted: true,
    // Empty cells too: an unquoted empty field is the one thing quoted:true leaves bare.
    quoted_empty: true,
    record_delimiter: 'windows',
    cast: { number: (value) => String(value) },
  });
}
