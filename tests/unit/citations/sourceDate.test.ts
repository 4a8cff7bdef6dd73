import { describe, expect, it } from 'vitest';
import {
  compareSourceDates,
  isSourceDateKnown,
  sourceDateShown,
  UNKNOWN_SOURCE_DATE,
} from '../../../src/lib/citations/sourceDate.ts';
import { partialDate } from '../../support/dates.ts';

/** A source's date as its schema reads it: "unknown" stays the word. */
const sourceDate = (text: string) => (text === UNKNOWN_SOURCE_DATE ? UNKNOWN_SOURCE_DATE : partialDate(text));
const written = (date: ReturnType<typeof sourceDate>) => (date === UNKNOWN_SOURCE_DATE ? date : date.iso);

describe('a source’s date', () => {
  it('is shown at the precision written, with its machine-readable form', () => {
    expect(sourceDateShown(sourceDate('2023-09-12'))).toEqual({ iso: '2023-09-12', label: '12 September 2023' });
    expect(sourceDateShown(sourceDate('1956'))).toEqual({ iso: '1956', label: '1956' });
  });

  it('says "date not known" when it is not known, with no machine-readable form to invent', () => {
    expect(isSourceDateKnown(UNKNOWN_SOURCE_DATE)).toBe(false);
    expect(sourceDateShown(UNKNOWN_SOURCE_DATE)).toEqual({ iso: undefined, label: 'date not known' });
  });

  it('sorts oldest first, a year before the days it holds, and the sources whose date is not known last', () => {
    const dates = ['2019-04-24', UNKNOWN_SOURCE_DATE, '2019', '1956-08-30', UNKNOWN_SOURCE_DATE, '2019-04'];
    expect(dates.map(sourceDate).sort(compareSourceDates).map(written)).toEqual([
      '1956-08-30',
      '2019',
      '2019-04',
      '2019-04-24',
      UNKNOWN_SOURCE_DATE,
      UNKNOWN_SOURCE_DATE,
    ]);
  });
});
