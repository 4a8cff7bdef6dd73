import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema, placeSchema, tripSchema } from '../../../src/lib/content/schemas.ts';

const idRef = () => z.string();

const validTrip = {
  slug: 'kim-jong-un-hanoi-2019',
  title: 'Kim Jong Un by train to Hanoi',
  leader: 'kim-jong-un',
  start: '2019-02',
  mode: 'train',
  origin: 'pyongyang',
  destination: 'hanoi',
  summary: 'Kim Jong Un took his train on a journey of two and a half days to meet Donald Trump.',
  citations: ['hanoi-train'],
  verification: 'reported-by-media',
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('tripSchema', () => {
  const schema = tripSchema(idRef);

  it('accepts a well-formed trip', () => {
    expect(schema.safeParse(validTrip).success).toBe(true);
  });

  it('explains an impossible date', () => {
    const result = schema.safeParse({ ...validTrip, start: '2019-02-30' });
    expect(messages(result)).toEqual([expect.stringMatching(/^start: "2019-02-30" is not a real date/)]);
  });

  it('explains an end before the start', () => {
    const result = schema.safeParse({ ...validTrip, start: '2019-02-26', end: '2019-02-20' });
    expect(messages(result)).toEqual([expect.stringMatching(/^end: end is before start/)]);
  });

  it('lists the allowed modes when the mode is wrong', () => {
    const result = schema.safeParse({ ...validTrip, mode: 'boat' });
    expect(messages(result)[0]).toContain('mode must be one of: train, plane');
  });

  it('requires a citation', () => {
    const result = schema.safeParse({ ...validTrip, citations: [] });
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
  const article = {
    title: 'Inside the armored train',
    description: 'What is known about the green-and-yellow train, from its speed to its ninety carriages.',
    order: 2,
    published: '2023-09-12',
    reportingAsOf: '2023-09-12',
    sources: ['doc-004'],
  };

  it('accepts an article and fills defaults', () => {
    const result = articleSchema(idRef).safeParse(article);
    expect(result.success && result.data.draft).toBe(false);
  });

  it('rejects a description too long for a social card', () => {
    const result = articleSchema(idRef).safeParse({ ...article, description: 'x'.repeat(161) });
    expect(messages(result)[0]).toMatch(/^description: The description is too long for a social card/);
  });

  it('rejects an update before publication', () => {
    const result = articleSchema(idRef).safeParse({ ...article, updated: '2023-09-01' });
    expect(messages(result)[0]).toMatch(/^updated: updated is earlier than published/);
  });

  it('refuses an article date that gives no day, or is not written year-month-day', () => {
    for (const published of ['2023-09', '2026-12-1', '01/12/2026', '1 December 2026']) {
      const result = articleSchema(idRef).safeParse({ ...article, published });
      expect(messages(result), published).toEqual([expect.stringMatching(new RegExp(`^published: "${published}"`))]);
    }
  });

  it('keeps the date as the text written', () => {
    const result = articleSchema(idRef).safeParse(article);
    expect(result.success && result.data.published).toBe('2023-09-12');
  });
});
