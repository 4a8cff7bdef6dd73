import type { DistanceOfRecord } from './distanceOfRecord.ts';

/** Distances as the stop table prints them: whole kilometres, with thousands separated. */
export function formatKm(km: number): string {
  return `${Math.round(km).toLocaleString('en-GB')} km`;
}

/**
 * What a reader is told a distance rests on, after the figure itself: a published rail
 * distance is one "by rail"; a length read off the drawn line is "about" so much along an
 * approximate line, never a rail distance.
 */
export function distanceQualifier(distance: DistanceOfRecord): string {
  if (distance.basis === 'rail') return 'by rail';
  return distance.partlyRail ? 'partly along an approximate line' : 'along an approximate line';
}

/** "1,186 km by rail", "about 245 km along an approximate line". */
export function describeDistance(distance: DistanceOfRecord): string {
  const km = formatKm(distance.km);
  if (distance.basis === 'rail') return `${km} by rail`;
  return distance.partlyRail
    ? `about ${km}, ${distanceQualifier(distance)}`
    : `about ${km} ${distanceQualifier(distance)}`;
}
