/** Distances as the stop table prints them: whole kilometres, with thousands separated. */
export function formatKm(km: number): string {
  return `${Math.round(km).toLocaleString('en-GB')} km`;
}
