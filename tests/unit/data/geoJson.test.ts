import { describe, expect, it } from 'vitest';
import { lineGeometry, pointFeature } from '../../../src/lib/data/geoJson.ts';
import type { LngLat } from '../../../src/lib/geo/lngLat.ts';

/** Points in order, [longitude, latitude]: a leg as lineGeometry is given it, or the line it draws. */
const points = (...lngLats: LngLat[]) => lngLats;

describe('lineGeometry', () => {
  it('joins legs that meet into one LineString, longitude first', () => {
    const geometry = lineGeometry([points([125.75, 39.03], [130.7, 42.4]), points([130.7, 42.4], [131.95, 43.8])]);
    expect(geometry).toEqual({
      type: 'LineString',
      coordinates: points([125.75, 39.03], [130.7, 42.4], [131.95, 43.8]),
    });
  });

  it('starts a new line of a MultiLineString where a leg does not continue the last', () => {
    const geometry = lineGeometry([points([1, 1], [2, 2]), points([1, 1], [3, 3])]);
    expect(geometry?.type).toBe('MultiLineString');
    expect(geometry?.coordinates).toHaveLength(2);
  });

  it('has no geometry without a line, and rounds to six decimals', () => {
    expect(lineGeometry([])).toBeNull();
    expect(lineGeometry([[[1, 1]]])).toBeNull();
    expect(lineGeometry([points([1.123456789, 2], [3, 4.9999999])])?.coordinates).toEqual(
      points([1.123457, 2], [3, 5]),
    );
  });
});

describe('pointFeature', () => {
  it('puts the longitude before the latitude', () => {
    expect(pointFeature('khasan', [130.64, 42.43], {}).geometry).toEqual({
      type: 'Point',
      coordinates: [130.64, 42.43],
    });
  });
});
