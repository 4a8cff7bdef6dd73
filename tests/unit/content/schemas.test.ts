import { describe, expect, it } from 'vitest';
import { articleSchema, pageSchema, placeSchema, sourceSchema, tripSchema } from '../../../src/lib/content/schemas.ts';
import { VALID_ARTICLE, VALID_TRIP } from '../../support/contentFixtures.ts';

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('tripSchema', () => {
  const schema = tripSchema();

  it('accepts a well-formed trip', () => {
    expect(schema.safeParse(VALID_TRIP).success).toBe(true);
  });

  it('explains an impossible date', () => {
    const result = schema.safeParse({ ...VALID_TRIP, start: '2019-02-30' });
    expect(messages(result)).toEqual([expect.stringMatching(/^start: "2019-02-30" is not a real date/)]);
  });

  it('explains an end before the start', () => {
    const result = schema.safeParse({ ...VALID_TRIP, start: '2019-02-26', end: '2019-02-20' });
    expect(messages(result)).toEqual([expect.stringMatching(/^end: end is before start/)]);
  });

  it('lists the allowed modes when the mode is wrong', () => {
    const result = schema.safeParse({ ...VALID_TRIP, mode: 'boat' });
    expect(messages(result)[0]).toContain('mode must be one of: train, plane');
  });

  it('requires a citation', () => {
    const result = schema.safeParse({ ...VALID_TRIP, citations: [] });
    expect(messages(result)[0]).toMatch(/^citations: Every trip needs at least one citation/);
  });
});

describe('placeSchema', () => {
  const place = {
    name: { en: 'Ussuriysk', ru: 'Уссурийск' },
    latitude: 43.8,
    longitude: 131.95,
    kind: 'city',
    country: 'RU',
    coordinates: { source: 'GeoNames', url: 'https://www.geonames.org/2014006' },
  };

  it('accepts a place', () => {
    expect(placeSchema().safeParse(place).success).toBe(true);
  });

  it('rejects a latitude of 95 with the allowed range', () => {
    const result = placeSchema().safeParse({ ...place, latitude: 95 });
    expect(messages(result)).toEqual([expect.stringMatching(/^latitude: latitude must be between -90 and 90/)]);
  });
});

describe('articleSchema', () => {
  it('accepts an article and fills defaults', () => {
    const result = articleSchema().safeParse(VALID_ARTICLE);
    expect(result.success && result.data.draft).toBe(false);
  });

  it('rejects a description too long for a social card', () => {
    const result = articleSchema().safeParse({ ...VALID_ARTICLE, description: 'x'.repeat(161) });
    expect(messages(result)[0]).toMatch(/^description: The description is too long for a social card/);
  });

  it('rejects an update before publication', () => {
    const result = articleSchema().safeParse({ ...VALID_ARTICLE, updated: '2023-09-01' });
    expect(messages(result)[0]).toMatch(/^updated: updated is earlier than published/);
  });

  it('refuses an article date that gives no day, or is not written year-month-day', () => {
    for (const published of ['2023-09', '2026-12-1', '01/12/2026', '1 December 2026']) {
      const result = articleSchema().safeParse({ ...VALID_ARTICLE, published });
      expect(messages(result), published).toEqual([expect.stringMatching(new RegExp(`^published: "${published}"`))]);
    }
  });

  it('reads each date once, into the date the rest of the site uses', () => {
    const result = articleSchema().safeParse(VALID_ARTICLE);
    expect(result.success && result.data.published).toEqual({
      iso: '2023-09-12',
      year: 2023,
      month: 9,
      day: 12,
      precision: 'day',
    });
  });

  it('says only what is wrong with an updated date it cannot read, not that it comes too early', () => {
    const result = articleSchema().safeParse({ ...VALID_ARTICLE, updated: '2023-02-30' });
    expect(messages(result)).toEqual([expect.stringMatching(/^updated: "2023-02-30" is not a real date/)]);
  });
});

describe('dates read by the schemas', () => {
  it("keeps a trip's dates at the precision written", () => {
    const result = tripSchema().safeParse({
      ...VALID_TRIP,
      start: '2019-02',
      end: 2019,
      stops: [{ place: 'dong-dang', date: '2019-02-26' }],
    });
    if (!result.success) throw new Error(messages(result).join('\n'));
    expect(result.data.start).toEqual({ iso: '2019-02', year: 2019, month: 2, precision: 'month' });
    expect(result.data.end).toEqual({ iso: '2019', year: 2019, precision: 'year' });
    expect(result.data.stops[0]).toMatchObject({ date: { iso: '2019-02-26', precision: 'day' } });
  });

  it("leaves the order of a page's dates alone when one cannot be read", () => {
    const page = {
      title: 'About this site',
      description: 'Who makes the site, how it is checked and how to write to us.',
      published: '2026-12-1',
      updated: '2026-12-01',
      reportingAsOf: '2026-12-01',
      sources: ['doc-000'],
    };
    const fields = (pageSchema().safeParse(page).error?.issues ?? []).map((issue) => issue.path.join('.'));
    expect(fields).toEqual(['published']);
  });

  const report = {
    title: 'Leaders meet at the cosmodrome',
    kind: 'Agency report',
    url: 'https://news.example/summit',
    description: 'A test report, written for the schema tests only.',
    passages: [{ id: 'summit', topic: 'The leaders meet', quote: 'The two leaders met at the cosmodrome, it said.' }],
  };

  it("reads a source's date, or keeps unknown as the word it is", () => {
    const dated = sourceSchema().safeParse({ ...report, publisher: 'Test Agency', date: '1956' });
    expect(dated.success && dated.data.date).toEqual({ iso: '1956', year: 1956, precision: 'year' });
    const undated = sourceSchema().safeParse({
      ...report,
      publisher: 'Test Agency',
      date: 'unknown',
      dateNote: 'The copy read prints no date.',
    });
    expect(undated.success && undated.data.date).toBe('unknown');
  });

  it('reports a date it cannot read beside the source’s other problems', () => {
    const result = sourceSchema().safeParse({ ...report, date: '2023-02-30' });
    expect(messages(result)).toEqual([
      expect.stringMatching(/^date: "2023-02-30" is not a real date\. .*write "unknown" and say why in dateNote\.$/),
      expect.stringMatching(/^publisher: A public report needs its publisher/),
    ]);
  });
});
