import { describe, expect, it } from 'vitest';
import { forwardedHomeAddress } from '../../../src/lib/site/homeForwards.ts';

const SITE = 'https://armored-train.example';
const STOP_TABLE = '/articles/the-journey/';

describe('forwardedHomeAddress', () => {
  it.each([
    ['/?trip=kim-jong-un-hanoi-2019', '/trips/?trip=kim-jong-un-hanoi-2019'],
    ['/#trip-kim-il-sung-europe-1984', '/trips/#trip-kim-il-sung-europe-1984'],
    ['/?trip=a-trip#trip-a-trip', '/trips/?trip=a-trip#trip-a-trip'],
    ['/#stop-khasan', `${STOP_TABLE}#stop-khasan`],
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
