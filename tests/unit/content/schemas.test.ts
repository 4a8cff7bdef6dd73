import { describe, expect, it } from 'vitest';
import { articleSchema, placeSchema, tripSchema } from '../../../src/lib/content/schemas.ts';
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

  it('keeps the date as the text written', () => {
    const result = articleSchema().safeParse(VALID_ARTICLE);
    expect(result.success && result.data.published).toBe('2023-09-12');
  });
});
