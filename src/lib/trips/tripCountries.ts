/**
 * The countries a trip went to, for the timeline's "Country visited" filter. North Korea is
 * left out: every journey starts there, so as a choice it would match every trip.
 */
import { COUNTRIES } from '../content/schemas.ts';

export type CountryCode = (typeof COUNTRIES)[number];

/** Short English names, as a reader would type them into a search box. */
export const COUNTRY_NAMES: Record<CountryCode, string> = {
  KP: 'North Korea',
  RU: 'Russia',
  CN: 'China',
  SG: 'Singapore',
  VN: 'Vietnam',
  KR: 'South Korea',
  US: 'United States',
  MN: 'Mongolia',
  JP: 'Japan',
  DE: 'Germany',
  PL: 'Poland',
  CZ: 'Czechia',
  SK: 'Slovakia',
  HU: 'Hungary',
  RO: 'Romania',
  BG: 'Bulgaria',
  RS: 'Serbia',
  AL: 'Albania',
  ID: 'Indonesia',
  KH: 'Cambodia',
  LA: 'Laos',
  DZ: 'Algeria',
  EG: 'Egypt',
};

const HOME_COUNTRY: CountryCode = 'KP';

/**
 * The countries of the trip's places, in the order the journey reached them, each once.
 * A place the lookup does not know is skipped rather than guessed: the content checks
 * already refuse a trip whose place ids do not exist.
 */
export function countriesVisited(
  placeIds: readonly string[],
  countryOf: (placeId: string) => CountryCode | undefined,
): CountryCode[] {
  const seen = new Set<CountryCode>();
  for (const id of placeIds) {
    const country = countryOf(id);
    if (country !== undefined && country !== HOME_COUNTRY) seen.add(country);
  }
  return [...seen];
}
