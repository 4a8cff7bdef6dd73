import { describe, expect, it } from 'vitest';
import {
  addressWithTripSelection,
  readTripSelection,
  tripChosenOnLanding,
} from '../../../src/lib/trips/tripSelection.ts';
import { createTripSelectEvent, readTripSelectDetail } from '../../../src/lib/trips/tripSelectEvent.ts';

describe('readTripSelection', () => {
  const known = new Set(['kim-jong-un-hanoi-2019']);

  it('reads the slug from ?trip=', () => {
    expect(readTripSelection('?trip=kim-jong-un-hanoi-2019', known)).toBe('kim-jong-un-hanoi-2019');
    expect(readTripSelection('?lang=en&trip=kim-jong-un-hanoi-2019', known)).toBe('kim-jong-un-hanoi-2019');
  });

  it('ignores a missing, malformed or unknown trip', () => {
    expect(readTripSelection('', known)).toBeNull();
    expect(readTripSelection('?trip=', known)).toBeNull();
    expect(readTripSelection('?trip=%3Cscript%3E', known)).toBeNull();
    expect(readTripSelection('?trip=kim-jong-un-paris-2019', known)).toBeNull();
  });
});

describe('addressWithTripSelection', () => {
  it('writes the choice and keeps other parameters', () => {
    expect(addressWithTripSelection('https://site.example/?lang=en', 'a-trip')).toBe(
      'https://site.example/?lang=en&trip=a-trip',
    );
  });

  it('replaces an earlier choice rather than adding a second', () => {
    expect(addressWithTripSelection('https://site.example/?trip=first', 'second')).toBe(
      'https://site.example/?trip=second',
    );
  });

  it('takes the choice out when it is cleared', () => {
    expect(addressWithTripSelection('https://site.example/?trip=first', null)).toBe('https://site.example/');
  });

  it("drops a fragment pointing at another trip's entry but keeps any other", () => {
    expect(addressWithTripSelection('https://site.example/#trip-first', 'second')).toBe(
      'https://site.example/?trip=second',
    );
    expect(addressWithTripSelection('https://site.example/#trip-second', 'second')).toBe(
      'https://site.example/?trip=second#trip-second',
    );
    expect(addressWithTripSelection('https://site.example/#sections-heading', 'second')).toBe(
      'https://site.example/?trip=second#sections-heading',
    );
  });

  it('round-trips through readTripSelection', () => {
    const address = new URL(addressWithTripSelection('https://site.example/', 'kim-jong-un-hanoi-2019'));
    expect(readTripSelection(address.search, new Set(['kim-jong-un-hanoi-2019']))).toBe('kim-jong-un-hanoi-2019');
  });
});

describe('the trip-select event', () => {
  it('bubbles and carries the slug and who chose', () => {
    const event = createTripSelectEvent({ slug: 'a-trip', origin: 'map' });
    expect(event.type).toBe('trip-select');
    expect(event.bubbles).toBe(true);
    expect(readTripSelectDetail(event)).toEqual({ slug: 'a-trip', origin: 'map' });
  });

  it('accepts a cleared choice', () => {
    expect(readTripSelectDetail(createTripSelectEvent({ slug: null, origin: 'timeline' }))).toEqual({
      slug: null,
      origin: 'timeline',
    });
  });

  it('refuses an event whose detail breaks the contract', () => {
    expect(readTripSelectDetail(new CustomEvent('trip-select', { detail: { slug: 3, origin: 'map' } }))).toBeNull();
    expect(readTripSelectDetail(new CustomEvent('trip-select', { detail: { slug: 'a', origin: 'sky' } }))).toBeNull();
    expect(readTripSelectDetail(new CustomEvent('trip-select'))).toBeNull();
    expect(readTripSelectDetail(new Event('trip-select'))).toBeNull();
  });
});

describe('tripChosenOnLanding', () => {
  const known = new Set(['kim-jong-un-hanoi-2019', 'kim-il-sung-europe-1984']);

  it('reads ?trip= first', () => {
    expect(tripChosenOnLanding('?trip=kim-jong-un-hanoi-2019', '#trip-kim-il-sung-europe-1984', known)).toBe(
      'kim-jong-un-hanoi-2019',
    );
  });

  it('chooses the trip whose entry a #trip-… link points at, under its slug or an earlier one', () => {
    expect(tripChosenOnLanding('', '#trip-kim-il-sung-europe-1984', known)).toBe('kim-il-sung-europe-1984');
    expect(
      tripChosenOnLanding('', '#trip-europe-1984', known, new Map([['europe-1984', 'kim-il-sung-europe-1984']])),
    ).toBe('kim-il-sung-europe-1984');
  });

  it('chooses nothing for another fragment or an unknown trip', () => {
    expect(tripChosenOnLanding('', '', known)).toBeNull();
    expect(tripChosenOnLanding('', '#main', known)).toBeNull();
    expect(tripChosenOnLanding('', '#trip-kim-jong-un-paris-2019', known)).toBeNull();
    expect(tripChosenOnLanding('?trip=nowhere', '#timeline-heading', known)).toBeNull();
  });
});
