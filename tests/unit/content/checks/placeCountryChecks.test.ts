import { describe, expect, it } from 'vitest';
import { checkPlaceCountries, type PlacePosition } from '../../../../src/lib/content/checks/placeCountryChecks.ts';
import type { ContentProblem } from '../../../../src/lib/content/contentProblem.ts';

function problemsFor(place: Omit<PlacePosition, 'file'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkPlaceCountries([{ file: 'content/places/test.yaml', ...place }], problems);
  return problems;
}

describe('checkPlaceCountries', () => {
  it('accepts a place inside its country', () => {
    expect(problemsFor({ latitude: 55.7522, longitude: 37.6156, country: 'RU' })).toEqual([]);
  });

  it.each([
    ['Khasan, on the Russian bank of the Tumen', 42.4281, 130.6453, 'RU'],
    ['Tumangang, on the Korean bank', 42.4217, 130.6026, 'KP'],
    ['Singapore, an island the coarse coastline barely draws', 1.2897, 103.8501, 'SG'],
  ])('accepts %s, a few kilometres from a border', (_name, latitude, longitude, country) => {
    expect(problemsFor({ latitude, longitude, country })).toEqual([]);
  });

  it('says the latitude and longitude look swapped when the swapped point lies in the country', () => {
    expect(problemsFor({ latitude: 37.6156, longitude: 55.7522, country: 'RU' })).toEqual([
      {
        file: 'content/places/test.yaml',
        field: 'latitude',
        found: 37.6156,
        expected: expect.stringContaining('latitude and longitude look swapped'),
      },
    ]);
  });

  it('names the country the point lies in when it is not the one given', () => {
    const [problem] = problemsFor({ latitude: 39.0339, longitude: 125.7543, country: 'CN' });
    expect(problem?.field).toBe('country');
    expect(problem?.expected).toContain('North Korea');
    expect(problem?.expected).toContain('China');
  });

  it('says the point is at sea when no country holds it', () => {
    const [problem] = problemsFor({ latitude: 40, longitude: 130, country: 'KP' });
    expect(problem?.field).toBe('latitude');
    expect(problem?.expected).toContain('at sea');
  });
});
