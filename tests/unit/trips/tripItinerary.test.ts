import { describe, expect, it } from 'vitest';
import { itineraryPlaceIds, tripItinerary } from '../../../src/lib/trips/tripItinerary.ts';
import { partialDate } from '../../support/dates.ts';

describe('tripItinerary', () => {
  it('runs from the origin through the stops to the destination', () => {
    expect(itineraryPlaceIds({ origin: 'home', stops: ['border'], destination: 'summit' })).toEqual([
      'home',
      'border',
      'summit',
    ]);
  });

  it('keeps the dates and notes of stops written out in full, and reads Astro references', () => {
    const places = tripItinerary({
      origin: { id: 'home' },
      stops: [{ place: { id: 'border' }, date: partialDate('2023-09-12'), note: 'Crossing' }],
      destination: { id: 'summit' },
    });
    expect(places[1]).toEqual({ place: 'border', date: partialDate('2023-09-12'), note: 'Crossing', role: 'stop' });
    expect(places.map((entry) => entry.role)).toEqual(['origin', 'stop', 'destination']);
  });

  it('goes on past a destination listed among the stops, and ends where the journey came home', () => {
    const places = tripItinerary({
      origin: 'home',
      stops: ['border', { place: 'summit', date: partialDate('2023-09-13') }, 'factory', 'border'],
      destination: 'summit',
      returnTo: 'home',
    });
    expect(places.map((entry) => `${entry.place}:${entry.role}`)).toEqual([
      'home:origin',
      'border:stop',
      'summit:destination',
      'factory:stop',
      'border:stop',
      'home:end',
    ]);
  });
});

describe('tripItinerary dates', () => {
  it('dates the setting out with the start, and the homecoming with the end', () => {
    const places = tripItinerary({
      origin: 'home',
      stops: [],
      destination: 'summit',
      returnTo: 'home',
      start: partialDate('2023-09-10'),
      end: partialDate('2023-09-19'),
    });
    expect(places.map((entry) => entry.date?.iso)).toEqual(['2023-09-10', undefined, '2023-09-19']);
  });

  it('dates the destination with the arrival, as an arrival, where the trip gives one', () => {
    const places = tripItinerary({
      origin: 'home',
      stops: [],
      destination: 'summit',
      start: partialDate('2018-06-10'),
      arrived: partialDate('2018-06-10'),
    });
    expect(places.map((entry) => `${entry.place}:${entry.role}:${entry.date?.iso}`)).toEqual([
      'home:origin:2018-06-10',
      'summit:arrival:2018-06-10',
    ]);
  });

  it('keeps a dated stop at the destination as it is written', () => {
    const places = tripItinerary({
      origin: 'home',
      stops: [{ place: 'summit', date: partialDate('2018-06-11') }],
      destination: 'summit',
      arrived: partialDate('2018-06-10'),
    });
    expect(places[1]).toMatchObject({ role: 'destination', date: partialDate('2018-06-11') });
  });
});
