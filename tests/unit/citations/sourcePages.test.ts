import { describe, expect, it } from 'vitest';
import {
  compareReportGroups,
  decadeOf,
  passageHref,
  reportGroupHeading,
  reportGroupOf,
  reportGroupTitle,
  reportsPagePath,
  sourcePagePath,
  UNDATED_REPORTS,
} from '../../../src/lib/citations/sourcePages.ts';
import { partialDate } from '../../support/dates.ts';

describe('sourcePages', () => {
  it('keeps a seed document on the sources page, whatever its date', () => {
    expect(sourcePagePath({ file: 'doc.txt', date: partialDate('2023-09-12') })).toBe('/sources/');
    expect(sourcePagePath({ file: 'doc.txt', date: 'unknown' })).toBe('/sources/');
  });

  it('files a report under the decade it was published in', () => {
    expect(decadeOf(partialDate('2019-04-24'))).toBe('2010s');
    expect(decadeOf(partialDate('2001'))).toBe('2000s');
    expect(reportGroupOf(partialDate('1956-08'))).toBe('1950s');
    expect(passageHref('a-passage', { date: partialDate('2023-09') })).toBe('/sources/2020s/#passage-a-passage');
  });

  it('files a report whose date is not known on a page of its own, named for what it holds', () => {
    expect(reportGroupOf('unknown')).toBe(UNDATED_REPORTS);
    expect(reportsPagePath(UNDATED_REPORTS)).toBe('/sources/date-not-known/');
    expect(passageHref('a-passage', { date: 'unknown' })).toBe('/sources/date-not-known/#passage-a-passage');
    expect(reportGroupHeading(UNDATED_REPORTS)).toBe('Reports whose date is not known');
    expect(reportGroupTitle(UNDATED_REPORTS)).toBe('Sources: reports whose date is not known');
  });

  it('names a decade’s page by its decade', () => {
    expect(reportGroupHeading('2010s')).toBe('Reports published in the 2010s');
    expect(reportGroupTitle('2010s')).toBe('Sources: reports of the 2010s');
  });

  it('lists the decades newest first and the reports whose date is not known last', () => {
    expect(['1950s', UNDATED_REPORTS, '2020s', '2000s'].sort(compareReportGroups)).toEqual([
      '2020s',
      '2000s',
      '1950s',
      UNDATED_REPORTS,
    ]);
  });
});
