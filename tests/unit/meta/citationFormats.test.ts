import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import {
  CITATION_FORMATS,
  biblatex,
  bibtex,
  cslJson,
  dayFromIso,
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
  issued: '2023-09-12',
  modified: '2026-12-01',
};
const accessed = { year: 2027, month: 3, day: 4 };

describe('biblatex', () => {
  it('writes an @online entry with the dates and the address', () => {
    const text = biblatex(record, accessed);
    expect(text.startsWith(`@online{${record.key},\n`)).toBe(true);
    expect(text.endsWith('\n}')).toBe(true);
    expect(text).toContain('  date = {2023-09-12},');
    expect(text).toContain('  urldate = {2027-03-04},');
    expect(text).toContain(`  url = {${record.url}},`);
    expect(text).toContain('  note = {Updated 2026-12-01},');
  });

  it('escapes the characters TeX treats as commands, keeping braces balanced', () => {
    const text = biblatex(record, accessed);
    expect(text).toContain('title = {{Kim’s \\{50\\%\\} \\& \\#1 train\\_ride}},');
    const unescaped = text.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });
});

describe('bibtex (classic)', () => {
  const text = bibtex(record, accessed);

  it('writes a @misc entry that BibTeX’s own styles know, with year, month and the address', () => {
    expect(text.startsWith(`@misc{${record.key},\n`)).toBe(true);
    expect(text).toContain('  year = {2023},');
    expect(text).toContain('  month = sep,');
    expect(text).toContain(`  howpublished = {\\url{${record.url}}},`);
    expect(text).not.toMatch(/\b(date|urldate) = /);
  });

  it('puts the site, the update and the accessed date in the note, which every style prints', () => {
    expect(text).toContain('  note = {The Armored Train. Updated 2026-12-01. Accessed 2027-03-04},');
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
});

describe('the site and its publisher', () => {
  it('names the site once when it is its own publisher', () => {
    const [item] = JSON.parse(cslJson(record, accessed));
    expect(item['container-title']).toBe('The Armored Train');
    expect(item).not.toHaveProperty('publisher');
    expect(ris(record, accessed)).not.toMatch(/^PB {2}-/m);
    expect(biblatex(record, accessed).match(/The Armored Train/g)).toHaveLength(1);
    const apa = new Cite(JSON.parse(cslJson(record, accessed))).format('bibliography', { template: 'apa' });
    expect(String(apa).match(/The Armored Train/g)).toHaveLength(1);
  });

  it('names a distinct publisher beside the site', () => {
    const other = { ...record, publisher: 'Example Media Ltd' };
    const [item] = JSON.parse(cslJson(other, accessed));
    expect(item).toMatchObject({ 'container-title': 'The Armored Train', publisher: 'Example Media Ltd' });
    expect(ris(other, accessed)).toMatch(/^PB {2}- Example Media Ltd$/m);
    expect(biblatex(other, accessed)).toContain('publisher = {Example Media Ltd}');
  });
});

describe('every format, read back by citation-js', () => {
  for (const [format, { format: write }] of Object.entries(CITATION_FORMATS)) {
    it(`${format}: parses, with the issued date and the address`, () => {
      const [item] = new Cite(write(record, accessed)).data as Array<Record<string, unknown>>;
      const issued = (item!['issued'] as { 'date-parts': number[][] })['date-parts'][0]!;
      expect(issued.slice(0, 2)).toEqual([2023, 9]);
      expect(item!['URL']).toBe(record.url);
    });
  }
});

describe('dayFromIso and localDay', () => {
  it('read a YYYY-MM-DD day as its numbers', () => {
    expect(dayFromIso('2026-12-07')).toEqual({ year: 2026, month: 12, day: 7 });
  });

  it('take the day in the reader’s own time zone', () => {
    // Built from local fields: late on New Year's Eve locally is still the 31st, whatever UTC says.
    expect(localDay(new Date(2026, 11, 31, 23, 30))).toEqual({ year: 2026, month: 12, day: 31 });
  });
});
