import { describe, expect, it } from 'vitest';
import {
  TRIP_HISTORY_KEY,
  historyStateWith,
  readTripHistoryEntry,
  tripAfterHistoryStep,
} from '../../../src/lib/trips/tripHistory.ts';

const place = { trip: 'second', top: 420 };

describe('historyStateWith and readTripHistoryEntry', () => {
  it('round-trips a choice and the reader’s place', () => {
    expect(readTripHistoryEntry(historyStateWith(null, { chosen: 'first', place }))).toEqual({
      chosen: 'first',
      place,
    });
    expect(readTripHistoryEntry(historyStateWith(undefined, { chosen: null }))).toEqual({ chosen: null });
  });

  it("keeps what others keep in the entry's state", () => {
    const state = historyStateWith({ other: 1 }, { chosen: 'first' });
    expect(state['other']).toBe(1);
    expect(state[TRIP_HISTORY_KEY]).toEqual({ chosen: 'first' });
  });

  it('replaces an earlier choice and drops a place not given again', () => {
    const earlier = historyStateWith(null, { chosen: 'first', place });
    expect(readTripHistoryEntry(historyStateWith(earlier, { chosen: 'first' }))).toEqual({ chosen: 'first' });
  });

  it('reads nothing from an entry the page never wrote to, or wrote something else to', () => {
    expect(readTripHistoryEntry(null)).toBeNull();
    expect(readTripHistoryEntry({ other: 1 })).toBeNull();
    expect(readTripHistoryEntry({ [TRIP_HISTORY_KEY]: { chosen: 3 } })).toBeNull();
    expect(readTripHistoryEntry({ [TRIP_HISTORY_KEY]: 'first' })).toBeNull();
  });

  it('ignores a malformed place but keeps the choice', () => {
    expect(readTripHistoryEntry({ [TRIP_HISTORY_KEY]: { chosen: 'a', place: { trip: 'b', top: 'x' } } })).toEqual({
      chosen: 'a',
    });
  });
});

describe('tripAfterHistoryStep', () => {
  const known = new Set(['first', 'second']);

  it('shows what an entry the page wrote says, the rail route included', () => {
    expect(tripAfterHistoryStep({ chosen: 'second' }, null, 'first', known)).toBe('second');
    expect(tripAfterHistoryStep({ chosen: null }, 'first', 'first', known)).toBeNull();
  });

  it('keeps the trip shown across a link within the page, unless its address chooses one', () => {
    expect(tripAfterHistoryStep(null, null, 'first', known)).toBe('first');
    expect(tripAfterHistoryStep(null, 'second', 'first', known)).toBe('second');
  });

  it('chooses nothing for a trip the page does not list', () => {
    expect(tripAfterHistoryStep({ chosen: 'gone' }, null, 'first', known)).toBeNull();
  });
});
