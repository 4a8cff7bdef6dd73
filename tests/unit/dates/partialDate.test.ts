import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  dayDateOf,
  formatPartialDate,
  isOrderedRange,
  isPartialDate,
  normalisePartialDateInput,
  parsePartialDate,
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
    expect(parse('2023-09-10')).toEqual({ iso: '2023-09-10', year: 2023, month: 9, day: 10, precision: 'day' });
  });

  it('keeps the date as written, at its precision, for <time datetime> and for messages', () => {
    expect(parse('2018').iso).toBe('2018');
    expect(parse('2019-04').iso).toBe('2019-04');
    expect(parse(' 2023-09-10 ').iso).toBe('2023-09-10');
  });

  it("gives plain data, which Astro's data store keeps as it is", () => {
    for (const text of ['2018', '2019-04', '2023-09-10']) {
      const date = parse(text);
      expect(JSON.parse(JSON.stringify(date))).toStrictEqual(date);
    }
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
  });
});

describe('a date to the day', () => {
  it('is shown as written, whatever the timezone of the machine', () => {
    const zone = process.env['TZ'];
    try {
      for (const tz of ['Asia/Pyongyang', 'America/Los_Angeles', 'UTC']) {
        process.env['TZ'] = tz;
        const date = parse('2026-12-01');
        expect(formatPartialDate(date)).toBe('1 December 2026');
        expect(date.iso).toBe('2026-12-01');
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});

describe('comparePartialDates', () => {
  it('sorts mixed precisions chronologically, the vaguer date first within its span', () => {
    const dates = ['2019-04', '2018-03-25', '2018', '2011', '2023-09-10', '2018-06'].map(parse);
    const sorted = [...dates].sort(comparePartialDates).map((date) => date.iso);
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

describe('isPartialDate', () => {
  it('tells a parsed date from what a failed date field leaves behind', () => {
    expect(isPartialDate(parse('2019-04'))).toBe(true);
    expect(isPartialDate('2019-04')).toBe(false);
    expect(isPartialDate(undefined)).toBe(false);
    expect(isPartialDate({ status: 'aborted' })).toBe(false);
  });
});

describe('dayDateOf', () => {
  it('takes the day of a moment in UTC, as a date to the day', () => {
    expect(dayDateOf(new Date(Date.UTC(2031, 4, 6, 23, 59)))).toEqual(parse('2031-05-06'));
    expect(dayDateOf(new Date(Date.UTC(2031, 0, 1, 0, 0))).precision).toBe('day');
  });
});
