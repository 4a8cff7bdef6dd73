import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { BYTE_ORDER_MARK, csvTable } from '../../../src/lib/data/csvTable.ts';
import type { Column } from '../../../src/lib/data/dataColumns.ts';

interface Row {
  name: string;
  note: string | null;
  count: number;
}
const COLUMNS: Pick<Column<Row>, 'name' | 'value'>[] = [
  { name: 'name', value: (row) => row.name },
  { name: 'note', value: (row) => row.note },
  { name: 'count', value: (row) => row.count },
];
const ROWS: Row[] = [
  { name: 'Kim Jong Il’s “train”, Москва', note: 'He said "no"\nthen left', count: 24 },
  { name: 'Singapore', note: null, count: 0.5 },
];

describe('csvTable', () => {
  const text = csvTable(COLUMNS, ROWS);

  it('starts with a byte-order mark so Excel reads the file as UTF-8', () => {
    expect(text.startsWith(BYTE_ORDER_MARK)).toBe(true);
    expect(text.slice(1).startsWith(BYTE_ORDER_MARK)).toBe(false);
  });

  it('ends every record with CRLF and quotes every field, empty ones too', () => {
    const records = text.slice(1).split('\r\n');
    expect(records.at(-1)).toBe('');
    expect(records[0]).toBe('"name","note","count"');
    expect(records[2]).toBe('"Singapore","","0.5"');
  });

  it('reads back, through an independent parser, as the header and the values', () => {
    const parsed = parse(text, { bom: true }) as string[][];
    expect(parsed).toEqual([
      COLUMNS.map((column) => column.name),
      ...ROWS.map((row) => [row.name, row.note ?? '', String(row.count)]),
    ]);
  });
});
