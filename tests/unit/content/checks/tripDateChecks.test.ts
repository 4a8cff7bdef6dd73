import { describe, expect, it } from 'vitest';
import { checkTripDates, type TripDates } from '../../../../src/lib/content/checks/tripDateChecks.ts';
import type { ContentProblem } from '../../../../src/lib/content/contentProblem.ts';
import { partialDate } from '../../../support/dates.ts';

const FILE = 'content/trips/test.yaml';

/** A trip's dates as an editor writes them. */
interface WrittenTrip {
  start: string;
  end?: string;
  arrived?: string;
  stops: Array<string | { place: string; date?: string }>;
}

function problemsFor(trip: WrittenTrip): ContentProblem[] {
  const read: TripDates = {
    start: partialDate(trip.start),
    end: trip.end === undefined ? undefined : partialDate(trip.end),
    arrived: trip.arrived === undefined ? undefined : partialDate(trip.arrived),
    stops: trip.stops.map((stop) =>
      typeof stop === 'string'
        ? stop
        : { place: stop.place, ...(stop.date === undefined ? {} : { date: partialDate(stop.date) }) },
    ),
  };
  const problems: ContentProblem[] = [];
  checkTripDates(read, FILE, problems);
  return problems;
}

describe('checkTripDates', () => {
  it('accepts stops within the trip, at the precision each date gives', () => {
    expect(
      problemsFor({
        start: '2019-04',
        end: '2019-04-26',
        arrived: '2019-04-24',
        stops: ['khasan', { place: 'ussuriysk', date: '2019-04-24' }, { place: 'vladivostok', date: '2019-04' }],
      }),
    ).toEqual([]);
  });

  it('accepts any stop after the start of a trip whose end is not known', () => {
    expect(problemsFor({ start: '1984-05-16', stops: [{ place: 'berlin', date: '1984-05-29' }] })).toEqual([]);
  });

  it('refuses a stop dated before the trip starts, naming the stop and both fixes', () => {
    expect(
      problemsFor({ start: '2004-04-19', end: '2004-04-21', stops: [{ place: 'sinuiju', date: '2004-04-18' }] }),
    ).toEqual([
      {
        file: FILE,
        field: 'stops.0.date',
        found: '2004-04-18',
        expected: expect.stringMatching(/sinuiju .*before the trip starts \(start: 2004-04-19\).*widen start/),
      },
    ]);
  });

  it('refuses a stop dated after the trip ends', () => {
    const [problem] = problemsFor({
      start: '2011-05-20',
      end: '2011-05-26',
      stops: ['tumen', { place: 'dandong', date: '2011-05-27' }],
    });
    expect(problem).toMatchObject({
      field: 'stops.1.date',
      expected: expect.stringContaining('after the trip ends (end: 2011-05-26)'),
    });
  });

  it('refuses an arrival outside the trip', () => {
    const [problem] = problemsFor({ start: '2019-04-24', end: '2019-04-26', arrived: '2019-04-27', stops: [] });
    expect(problem?.field).toBe('arrived');
  });
});
