import { describe, expect, it } from 'vitest';
import { compareTrips, type OrderableTrip } from '../../../src/lib/trips/tripOrder.ts';
import { tripSchema } from '../../../src/lib/content/schemas.ts';
import { VALID_TRIP } from '../../support/contentFixtures.ts';
import { partialDate } from '../../support/dates.ts';

const trip = (slug: string, start: string, end?: string): OrderableTrip => ({
  slug,
  title: `Trip ${slug}`,
  start: partialDate(start),
  ...(end === undefined ? {} : { end: partialDate(end) }),
});

const order = (trips: OrderableTrip[]) => [...trips].sort(compareTrips).map((each) => each.slug);

describe('compareTrips', () => {
  it('puts a trip dated only by year before a trip on a day of that year', () => {
    expect(order([trip('day', '2018-03-25'), trip('year', '2018')])).toEqual(['year', 'day']);
  });

  it('orders a year, a month and a day of mixed precision chronologically', () => {
    const trips = [
      trip('sep-2023', '2023-09-10'),
      trip('apr-2019', '2019-04'),
      trip('2019', '2019'),
      trip('mar-2018', '2018-03-25'),
      trip('1986', '1986'),
      trip('2018', '2018'),
      trip('jun-2018', '2018-06'),
    ];
    expect(order(trips)).toEqual(['1986', '2018', 'mar-2018', 'jun-2018', '2019', 'apr-2019', 'sep-2023']);
  });

  it('puts a day late in the year after a month earlier in it, whatever the precision', () => {
    expect(order([trip('december-day', '2018-12-01'), trip('june', '2018-06')])).toEqual(['june', 'december-day']);
  });

  it('orders trips that begin together by when they end', () => {
    expect(order([trip('long', '2019-02-23', '2019-03-02'), trip('short', '2019-02-23', '2019-02-26')])).toEqual([
      'short',
      'long',
    ]);
  });
});

describe('trip dates through the schema editors write against', () => {
  const schema = tripSchema();

  it('rejects an end before the start with a message on the end field', () => {
    const result = schema.safeParse({ ...VALID_TRIP, start: '2018-03-25', end: '2018-03-20' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['end'],
        message: expect.stringMatching(/end is before start.*cannot end before it begins/),
      }),
    ]);
  });

  it('rejects an end in an earlier year than a start given only by year', () => {
    const result = schema.safeParse({ ...VALID_TRIP, start: '2019', end: '2018-12-31' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['end']);
  });

  it('accepts an end given by day inside a start given only by month', () => {
    expect(schema.safeParse({ ...VALID_TRIP, start: '2019-02', end: '2019-02-02' }).success).toBe(true);
  });
});
