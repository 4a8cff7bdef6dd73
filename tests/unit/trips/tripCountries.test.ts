import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES, countriesVisited, type CountryCode } from '../../../src/lib/trips/tripCountries.ts';
import { COUNTRIES } from '../../../src/lib/content/schemas.ts';

const PLACES: Record<string, CountryCode> = {
  pyongyang: 'KP',
  sinuiju: 'KP',
  dandong: 'CN',
  beijing: 'CN',
  khasan: 'RU',
  moscow: 'RU',
  hanoi: 'VN',
};
const countryOf = (id: string) => PLACES[id];

describe('countriesVisited', () => {
  it('leaves North Korea out, since every journey starts there', () => {
    expect(countriesVisited(['pyongyang', 'sinuiju', 'dandong', 'beijing', 'pyongyang'], countryOf)).toEqual(['CN']);
  });

  it('lists each country once, in the order the journey reached it', () => {
    expect(countriesVisited(['pyongyang', 'khasan', 'moscow', 'beijing', 'hanoi', 'dandong'], countryOf)).toEqual([
      'RU',
      'CN',
      'VN',
    ]);
  });

  it('gives none for a journey inside North Korea', () => {
    expect(countriesVisited(['pyongyang', 'sinuiju'], countryOf)).toEqual([]);
  });

  it('skips a place it does not know rather than guessing its country', () => {
    expect(countriesVisited(['pyongyang', 'atlantis', 'hanoi'], countryOf)).toEqual(['VN']);
  });
});

describe('COUNTRY_NAMES', () => {
  it('names every country a place may be in', () => {
    for (const code of COUNTRIES) expect(COUNTRY_NAMES[code], code).toMatch(/^[A-Z][a-z]/);
  });
});
