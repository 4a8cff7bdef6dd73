import { describe, expect, it } from 'vitest';
import { placeSchema, tripSchema } from '../../../src/lib/content/schemas.ts';
import {
  allowedValues,
  describeField,
  fieldGuidance,
  findReferences,
  findUnknownFields,
} from '../../../src/lib/content/schemaWalk.ts';

const trip = tripSchema();

describe('schemaWalk', () => {
  it('finds fields the schema does not define, at any depth', () => {
    const unknown = findUnknownFields(placeSchema(), {
      name: { en: 'Khasan', ko: '하산', fr: 'Khassan' },
      lattitude: 42,
    });
    expect(unknown.map((field) => field.path.join('.'))).toEqual(['name.fr', 'lattitude']);
    expect(unknown[1]?.known).toContain('latitude');
  });

  it('finds every reference with the collection it points into', () => {
    const references = findReferences(trip, {
      origin: 'pyongyang',
      destination: 'vladivostok',
      stops: ['khasan'],
      citations: ['vladivostok-2019'],
    });
    expect(references.map((found) => `${found.path.join('.')}→${found.collection}:${found.id}`)).toEqual([
      'origin→places:pyongyang',
      'destination→places:vladivostok',
      'stops.0→places:khasan',
      'citations.0→passages:vladivostok-2019',
    ]);
  });

  it('reads a stop written as place, date and note as well as a bare place id', () => {
    const data = {
      origin: 'pyongyang',
      destination: 'vladivostok',
      stops: ['khasan', { place: 'ussuriysk', date: '2023-09-12', nite: 'typo' }],
    };
    expect(findReferences(trip, data).map((found) => `${found.path.join('.')}→${found.id}`)).toEqual([
      'origin→pyongyang',
      'destination→vladivostok',
      'stops.0→khasan',
      'stops.1.place→ussuriysk',
    ]);
    expect(findUnknownFields(trip, data).map((field) => field.path.join('.'))).toEqual(['stops.1.nite']);
    expect(describeField(trip, ['stops', 1, 'date'])).toMatch(/^When the leader was there/);
  });

  it('reads descriptions and allowed values through optional and default wrappers', () => {
    expect(describeField(trip, ['end'])).toMatch(/^When the trip ended/);
    expect(allowedValues(trip, ['verification'])).toContain('single-source');
    expect(fieldGuidance(trip, ['verification'])).toMatch(/One of: reported-by-state-media, .*confirmed\.$/);
    expect(fieldGuidance(trip, ['citations', 0])).toMatch(/^Ids of the source passages/);
  });
});
