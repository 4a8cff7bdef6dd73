import { describe, expect, it } from 'vitest';
import { tripRecord, type TripInput } from '../../../src/lib/data/dataRecords.ts';
import { partialDate } from '../../support/dates.ts';

const trip: TripInput = {
  slug: 'kim-jong-un-hanoi-2019',
  title: 'Kim Jong Un by train to Hanoi',
  leader: 'kim-jong-un',
  start: partialDate('2019-02-23'),
  end: partialDate('2019-03'),
  mode: 'train-and-car',
  origin: 'pyongyang',
  destination: 'hanoi',
  stops: ['dandong', { place: { id: 'dong-dang' }, date: partialDate('2019-02-26') }],
  summary: 'Summary.',
  verification: 'reported-by-media',
  citations: ['a', 'b', 'c'],
};
const urls: Record<string, string> = {
  a: 'https://one.example/',
  b: 'https://two.example/',
  c: 'https://one.example/',
};
/** The leaders' names come from content/leaders/; here, from the test. */
const lookups = {
  sourceUrlOf: (id: string) => urls[id]!,
  leaderNameOf: (id: string) => (id === 'kim-jong-un' ? 'A Test Leader' : 'Another Leader'),
};

describe('tripRecord', () => {
  const record = tripRecord(trip, lookups, 'https://site.example/trips/kim-jong-un-hanoi-2019/');

  it('keeps the dates as given, with their precision', () => {
    expect(record).toMatchObject({ start: '2019-02-23', startPrecision: 'day', end: '2019-03', endPrecision: 'month' });
  });

  it('leaves an unreported end empty, not guessed', () => {
    const open = tripRecord({ ...trip, start: partialDate('2019'), end: undefined }, lookups, '');
    expect(open).toMatchObject({ startPrecision: 'year', end: null, endPrecision: null });
  });

  it('names the leader and lists the stops as place ids, in order', () => {
    expect(record.leaderName).toBe('A Test Leader');
    expect(record.stops).toEqual(['dandong', 'dong-dang']);
  });

  it('lists every passage, and each document once', () => {
    expect(record.passages).toEqual(['a', 'b', 'c']);
    expect(record.sourceUrls).toEqual(['https://one.example/', 'https://two.example/']);
  });
});
