import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  isOrderedRange,
  normalisePartialDateInput,
  parsePartialDate,
  partialDateToIso,
} from '../../../src/lib/dates/partialDate.ts';

const parse = (text: string) => {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`test date ${text} did not parse`);
  return date;
};

describe('parsePartialDate', () => {
  it('keeps the precision the source gives', () => {
    expect(parse('2018').precision).toBe('year');
    expect(parse('2019-04').precision).toBe('month');
    expect(parse('2023-09-10')).toEqual({ year: 2023, month: 9, day: 10, precision: 'day' });
  });

  it('rejects impossible dates', () => {
    expect(parsePartialDate('2023-02-30')).toBeNull();
    expect(parsePartialDate('2023-13')).toBeNull();
    expect(parsePartialDate('2023-00-10')).toBeNull();
    expect(parsePartialDate('10 September 2023')).toBeNull();
    expect(parsePartialDate('')).toBeNull();
  });

  it('knows leap years', () => {
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
    expect(parsePartialDate('2023-02-29')).toBeNull();
  });
});

describe('normalisePartialDateInput', () => {
  it('takes an unquoted year, the one number YAML reads from a date', () => {
    expect(normalisePartialDateInput(2018)).toBe('2018');
    expect(normalisePartialDateInput('2019-04')).toBe('2019-04');
  });

  it('leaves anything else for the date rule to judge', () => {
    const moment = new Date(Date.UTC(2023, 8, 10));
    expect(normalisePartialDateInput(moment)).toBe(moment);
    expect(normalisePartialDateInput(2018.5)).toBe(2018.5);
  });
});

describe('formatPartialDate', () => {
  it('says no more than the source', () => {
    expect(formatPartialDate(parse('2018'))).toBe('2018');
    expect(formatPartialDate(parse('2019-04'))).toBe('April 2019');
    expect(formatPartialDate(parse('2023-09-10'))).toBe('10 September 2023');
    expect(partialDateToIso(parse('2019-04'))).toBe('2019-04');
  });
});

describe('comparePartialDates', () => {
  it('sorts mixed precisions chronologically, the vaguer date first within its span', () => {
    const dates = ['2019-04', '2018-03-25', '2018', '2011', '2023-09-10', '2018-06'].map(parse);
    const sorted = [...dates].sort(comparePartialDates).map(partialDateToIso);
    expect(sorted).toEqual(['2011', '2018', '2018-03-25', '2018-06', '2019-04', '2023-09-10']);
  });
});

describe('isOrderedRange', () => {
  it('accepts an end inside a vague start', () => {
    expect(isOrderedRange(parse('2018'), parse('2018-03-25'))).toBe(true);
    expect(isOrderedRange(parse('2019-02-23'), parse('2019-02-26'))).toBe(true);
  });
  it('rejects an end before the start', () => {
    expect(isOrderedRange(parse('2019-04-24'), parse('2019-04-20'))).toBe(false);
    expect(isOrderedRange(parse('2019'), parse('2018-12'))).toBe(false);
  });
});
