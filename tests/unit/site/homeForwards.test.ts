import { describe, expect, it } from 'vitest';
import { OLD_HOME_ADDRESS_PARTS, forwardedHomeAddress } from '../../../src/lib/site/homeForwards.ts';
import { TRIP_ANCHOR_PREFIX, TRIPS_INDEX_PATH, tripPagePath } from '../../../src/lib/trips/tripAddresses.ts';
import { TRIP_QUERY_PARAMETER } from '../../../src/lib/trips/tripSelection.ts';

const SITE = 'https://armored-train.example';
const STOP_TABLE = '/articles/the-journey/';

describe('forwardedHomeAddress', () => {
  it('reads the addresses the way the timeline and the stop table write them', () => {
    expect(OLD_HOME_ADDRESS_PARTS).toEqual({
      tripQueryParameter: TRIP_QUERY_PARAMETER,
      tripAnchorPrefix: TRIP_ANCHOR_PREFIX,
      stopAnchorPrefix: 'stop-',
      tripsIndexPath: TRIPS_INDEX_PATH,
      correctionAnchorPrefix: 'correction-',
      correctionsPath: '/sources/',
    });
    expect(tripPagePath('x').startsWith(TRIPS_INDEX_PATH)).toBe(true);
  });

  it.each([
    ['/?trip=kim-jong-un-hanoi-2019', '/trips/?trip=kim-jong-un-hanoi-2019'],
    ['/#trip-kim-il-sung-europe-1984', '/trips/#trip-kim-il-sung-europe-1984'],
    ['/?trip=a-trip#trip-a-trip', '/trips/?trip=a-trip#trip-a-trip'],
    ['/#stop-khasan', `${STOP_TABLE}#stop-khasan`],
    ['/#figures-heading', `${STOP_TABLE}#figures-heading`],
    ['/#route', '/trips/#route'],
    ['/#embed-code-embed-timeline', '/trips/#embed-code-embed-timeline'],
    ['/#correction-twenty-hours-estimate', '/sources/#correction-twenty-hours-estimate'],
    ['/#correction-summit-at-vostochny-title', '/sources/#correction-summit-at-vostochny'],
  ])('sends %s on to %s', (from, to) => {
    expect(forwardedHomeAddress(`${SITE}${from}`, STOP_TABLE)).toBe(`${SITE}${to}`);
  });

  it.each(['/', '/#sections-heading', '/?utm_source=feed', '/trips/?trip=a-trip'])(
    'leaves %s where it is',
    (address) => {
      expect(forwardedHomeAddress(`${SITE}${address}`, STOP_TABLE)).toBeNull();
    },
  );

  it('leaves a stop address alone when no page shows the stop table', () => {
    expect(forwardedHomeAddress(`${SITE}/#stop-khasan`, undefined)).toBeNull();
  });
});
