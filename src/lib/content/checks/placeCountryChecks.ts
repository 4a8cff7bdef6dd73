/**
 * A place lies in the country it names. Latitude and longitude swapped, both under 90
 * (Moscow written 37.6, 55.75), pass every range check and put the dot by the Caspian Sea;
 * a slip of a digit can move it a country away. Natural Earth's outlines (1:50m) catch both.
 */
import type { ContentProblem } from '../contentProblem.ts';
import { countryAt, countryByCode, kilometresOutside } from '../../geo/countryBorders.ts';

/**
 * How far outside its country's outline a place may lie. Border stations stand on the line
 * (Khasan and Tumangang face each other across the Tumen), and a 1:50m outline is off by a
 * few kilometres along rivers and coasts.
 */
export const BORDER_TOLERANCE_KM = 10;

export interface PlacePosition {
  file: string;
  latitude: number;
  longitude: number;
  /** Two-letter code, as in the place's file. */
  country: string;
}

const CHECK_HINT =
  'Check latitude and longitude against the gazetteer entry under coordinates.url (north and east are positive).';

function position({ latitude, longitude }: PlacePosition): string {
  return `latitude ${latitude}, longitude ${longitude}`;
}

export function checkPlaceCountries(places: PlacePosition[], problems: ContentProblem[]): void {
  for (const place of places) {
    const country = countryByCode(place.country);
    if (country === undefined) continue;
    const point: [number, number] = [place.longitude, place.latitude];
    const outside = kilometresOutside(country, point);
    if (outside <= BORDER_TOLERANCE_KM) continue;
    const name = country.properties.name;
    const away = `${Math.round(outside)} km outside ${name}`;
    const swapped: [number, number] = [place.latitude, place.longitude];
    if (Math.abs(place.longitude) <= 90 && kilometresOutside(country, swapped) <= BORDER_TOLERANCE_KM) {
      problems.push({
        file: place.file,
        field: 'latitude',
        found: place.latitude,
        expected: `A position in ${name} (country: ${place.country}). The latitude and longitude look swapped: ${position(place)} is ${away}, and the other way round it would be in ${name}. Write latitude: ${place.longitude} and longitude: ${place.latitude}.`,
      });
      continue;
    }
    const holder = countryAt(point);
    if (holder !== undefined) {
      problems.push({
        file: place.file,
        field: 'country',
        found: place.country,
        expected: `The country the place lies in: ${position(place)} is in ${holder.properties.name}, ${away}. Correct the country code, or the position if the place is in ${name}. ${CHECK_HINT}`,
      });
      continue;
    }
    problems.push({
      file: place.file,
      field: 'latitude',
      found: place.latitude,
      expected: `A position on land in ${name} (country: ${place.country}): ${position(place)} is at sea, ${away}. ${CHECK_HINT}`,
    });
  }
}
