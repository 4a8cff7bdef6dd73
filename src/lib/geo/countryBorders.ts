/**
 * Which country a point lies in, by Natural Earth's country outlines (world-atlas, 1:50m),
 * for checking that a place's position and its country agree. Build-time only: it reads a file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** ISO 3166-1 numeric codes, by which world-atlas names its countries, for the two-letter codes places use. */
const NUMERIC_CODES: Record<string, string> = {
  AL: '008',
  BG: '100',
  CN: '156',
  CZ: '203',
  DE: '276',
  DZ: '012',
  EG: '818',
  HU: '348',
  ID: '360',
  JP: '392',
  KH: '116',
  KP: '408',
  KR: '410',
  LA: '418',
  MN: '496',
  PL: '616',
  RO: '642',
  RS: '688',
  RU: '643',
  SG: '702',
  SK: '703',
  US: '840',
  VN: '704',
};

const EARTH_RADIUS_KM = 6371;

export type Country = Feature<Polygon | MultiPolygon, { name: string }>;

let countries: Country[] | undefined;

function allCountries(): Country[] {
  if (countries === undefined) {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    countries = feature(topology, topology.objects.countries).features as Country[];
  }
  return countries;
}

/** The country with this two-letter code, or undefined when the outlines do not know it. */
export function countryByCode(code: string): Country | undefined {
  const numeric = NUMERIC_CODES[code];
  return numeric === undefined ? undefined : allCountries().find((country) => country.id === numeric);
}

/** The country that holds the point ([longitude, latitude]), or undefined at sea. */
export function countryAt(point: [number, number]): Country | undefined {
  return allCountries().find((country) => geoContains(country, point));
}

function rings(country: Country): Position[][] {
  return country.geometry.type === 'Polygon' ? country.geometry.coordinates : country.geometry.coordinates.flat();
}

/**
 * How far the point ([longitude, latitude]) lies outside the country, in kilometres: 0 inside.
 * Measured to the nearest stretch of its outline, flat near the point, which is exact enough
 * for the few kilometres a border station may lie off a 1:50m outline.
 */
export function kilometresOutside(country: Country, point: [number, number]): number {
  if (geoContains(country, point)) return 0;
  const [longitude, latitude] = point;
  const kmPerDegree = (Math.PI / 180) * EARTH_RADIUS_KM;
  const cosLatitude = Math.cos((latitude * Math.PI) / 180);
  const local = ([x, y]: Position): [number, number] => [
    ((x ?? 0) - longitude) * kmPerDegree * cosLatitude,
    ((y ?? 0) - latitude) * kmPerDegree,
  ];
  let nearest = Infinity;
  for (const ring of rings(country)) {
    for (let index = 1; index < ring.length; index++) {
      const a = ring[index - 1]!;
      const b = ring[index]!;
      // Far-away stretches are skipped by their great-circle distance before any flat geometry.
      const roughKm = geoDistance(point, [a[0]!, a[1]!]) * EARTH_RADIUS_KM;
      if (roughKm > nearest + 500) continue;
      nearest = Math.min(nearest, distanceToSegment(local(a), local(b)));
    }
  }
  return nearest;
}

/** Distance from the origin to the segment a–b, in the same units. */
function distanceToSegment([ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
