import { describe, expect, it } from 'vitest';
import {
  ACCESSED_PLACEHOLDER,
  bibtex,
  cslJson,
  localDay,
  ris,
  type CitationRecord,
} from '../../../src/lib/meta/citationFormats.ts';

const record: CitationRecord = {
  key: 'the-2023-journey',
  siteName: 'The Armored Train',
  publisher: 'The Armored Train',
  title: 'Kim’s {50%} & #1 train_ride',
  url: 'https://site.example/articles/the-2023-journey/',
  published: '2023-09-12',
  modified: '2026-12-01',
};
const accessed = { year: 2027, month: 3, day: 4 };

describe('bibtex', () => {
  it('writes an @online entry with the dates and the address', () => {
    const text = bibtex(record, accessed);
    expect(text.startsWith(`@online{${record.key},\n`)).toBe(true);
    expect(text.endsWith('\n}')).toBe(true);
    expect(text).toContain('  date = {2023-09-12},');
    expect(text).toContain('  urldate = {2027-03-04},');
    expect(text).toContain(`  url = {${record.url}},`);
    expect(text).toContain('  note = {Updated 2026-12-01},');
  });

  it('escapes the characters TeX treats as commands, keeping braces balanced', () => {
    const text = bibtex(record, accessed);
    expect(text).toContain('title = {{Kim’s \\{50\\%\\} \\& \\#1 train\\_ride}},');
    const unescaped = text.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });

  it('shows the placeholder until the accessed date is known', () => {
    expect(bibtex(record)).toContain(`urldate = {${ACCESSED_PLACEHOLDER}}`);
  });

  it('leaves out the dates a trip page does not have', () => {
    const text = bibtex({ ...record, published: undefined, modified: undefined }, accessed);
    expect(text).not.toMatch(/\bdate = |note = /);
  });
});

describe('ris', () => {
  it('writes one tag a line, from TY to ER, with the RIS date form', () => {
    const lines = ris(record, accessed).split('\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-1)).toBe('ER  -');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  -( |$)/);
    expect(lines).toContain('DA  - 2023/09/12/');
    expect(lines).toContain('Y2  - 2027/03/04/');
    expect(lines).toContain(`UR  - ${record.url}`);
  });

  it('shows the placeholder until the accessed date is known', () => {
    expect(ris(record)).toContain('Y2  - YYYY/MM/DD/');
  });
});

describe('cslJson', () => {
  it('is a JSON array of one webpage item with date parts', () => {
    const [item] = JSON.parse(cslJson(record, accessed));
    expect(item).toMatchObject({
      id: record.key,
      type: 'webpage',
      title: record.title,
      URL: record.url,
      issued: { 'date-parts': [[2023, 9, 12]] },
      accessed: { 'date-parts': [[2027, 3, 4]] },
    });
  });

  it('holds the placeholder as a raw date until the accessed date is known', () => {
    expect(JSON.parse(cslJson(record))[0].accessed).toEqual({ raw: ACCESSED_PLACEHOLDER });
  });
});

describe('localDay', () => {
  it('takes the day in the reader’s own time zone', () => {
    // Built from local fields: late on New Year's Eve locally is still the 31st, whatever UTC says.
    expect(localDay(new Date(2026, 11, 31, 23, 30))).toEqual({ year: 2026, month: 12, day: 31 });
  });
});
