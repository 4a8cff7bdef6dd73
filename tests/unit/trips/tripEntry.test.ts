import { describe, expect, it } from 'vitest';
import { toTripEntry, type TripFields } from '../../../src/lib/trips/tripEntry.ts';
import { tripDates } from '../../../src/lib/trips/tripDates.ts';
import { tripAnchorId } from '../../../src/lib/trips/tripAddresses.ts';
import { partialDate } from '../../support/dates.ts';

const datesOf = (start: string, end?: string) =>
  tripDates(partialDate(start), end === undefined ? undefined : partialDate(end));

const fields: TripFields = {
  slug: 'kim-jong-un-russia-2023',
  title: 'Kim Jong Un by train to Russia',
  leader: 'kim-jong-un',
  start: partialDate('2023-09-10'),
  mode: 'train-and-plane',
  summary: 'Kim Jong Un left Pyongyang by train for Russia.',
  verification: 'reported-by-state-media',
  planned: false,
};
/** A leader as content/leaders/ gives one: the names come from the file, not from the code. */
const leader = { name: 'A Test Leader', nativeName: '시험 지도자' };

describe('tripDates', () => {
  it('says what a date short of the day leaves open, going by the vaguer end', () => {
    expect(datesOf('1958-11', '1958-12').uncertainty).toBe('day not reported');
    expect(datesOf('2018').uncertainty).toBe('month not reported');
    expect(datesOf('2019-04-24', '2019-05').uncertainty).toBe('day not reported');
    expect(datesOf('2019-04', '2019-04-27').uncertainty).toBe('day not reported');
    expect(datesOf('1986', '1986-10-24').uncertainty).toBe('month not reported');
    expect(datesOf('2019-04-24', '2019-04-27').uncertainty).toBeUndefined();
  });

  it('shows each date at the precision the source gives', () => {
    expect(datesOf('2018').label).toBe('2018');
    expect(datesOf('2019-04').label).toBe('April 2019');
    expect(datesOf('2023-09-10')).toEqual({
      start: { iso: '2023-09-10', label: '10 September 2023' },
      label: '10 September 2023',
    });
  });

  it('gives both ends of a span', () => {
    expect(datesOf('2019-02-23', '2019-03-02')).toEqual({
      start: { iso: '2019-02-23', label: '23 February 2019' },
      end: { iso: '2019-03-02', label: '2 March 2019' },
      label: '23 February 2019 to 2 March 2019',
    });
  });

  it('leaves out an end that says no more than the start', () => {
    expect(datesOf('2019-04', '2019-04').end).toBeUndefined();
  });
});

describe('toTripEntry', () => {
  it('puts the trip in words a reader understands', () => {
    const entry = toTripEntry(fields, leader);
    expect(entry.leaderName).toBe('A Test Leader');
    expect(entry.leaderNativeName).toBe('시험 지도자');
    expect(entry.modeLabel).toBe('By train and by air');
    expect(entry.modeFilterValues).toEqual(['train', 'plane']);
    expect(entry.verificationLabel).toBe('Reported by North Korean state media');
    expect(entry.dates.label).toBe('10 September 2023');
  });

  it('links the page and the timeline entry to each other', () => {
    const entry = toTripEntry(fields, leader);
    expect(entry.pagePath).toBe('/trips/kim-jong-un-russia-2023/');
    expect(entry.anchorId).toBe('trip-kim-jong-un-russia-2023');
    expect(entry.timelinePath).toBe(`/trips/#${tripAnchorId(fields.slug)}`);
  });

  it('keeps a short summary whole as the description and cuts a long one at a word', () => {
    expect(toTripEntry(fields, leader).description).toBe(fields.summary);
    const long = toTripEntry({ ...fields, summary: 'word '.repeat(60).trim() }, leader);
    expect(long.description.length).toBeLessThanOrEqual(160);
    expect(long.description).toMatch(/ word…$/);
  });

  it("carries the editor's note only when there is one", () => {
    expect(toTripEntry(fields, leader)).not.toHaveProperty('note');
    expect(toTripEntry({ ...fields, note: 'The sources disagree.' }, leader).note).toBe('The sources disagree.');
  });
});

describe('toTripEntry countries', () => {
  it('names the countries it is given, in their order, and none by default', () => {
    expect(toTripEntry(fields, leader).countries).toEqual([]);
    const entry = toTripEntry(fields, leader, ['RU', 'CN']);
    expect(entry.countries).toEqual(['RU', 'CN']);
    expect(entry.countryNames).toEqual(['Russia', 'China']);
  });
});
