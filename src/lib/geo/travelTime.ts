/**
 * Journey times estimated from distance at the train's reported top speed
 * (about 50 km/h, passage speed-50kmh). They are estimates and are labelled so.
 */
export const REPORTED_SPEED_KMH = 50;

export function estimatedHours(distanceKm: number, speedKmh: number = REPORTED_SPEED_KMH): number {
  return distanceKm / speedKmh;
}

/** "3 h 40 min", rounded to ten minutes: anything finer would claim precision the estimate lacks. */
export function formatDuration(hours: number): string {
  if (hours * 60 < 10) return 'under 10 min';
  const totalMinutes = Math.round((hours * 60) / 10) * 10;
  const wholeHours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (wholeHours === 0) return `${minutes} min`;
  return minutes === 0 ? `${wholeHours} h` : `${wholeHours} h ${minutes} min`;
}

/** A duration marked as an estimate in little room: "≈ 3 h 40 min", "< 10 min". */
export function formatEstimate(hours: number): string {
  return hours * 60 < 10 ? '< 10 min' : `≈ ${formatDuration(hours)}`;
}
