/**
 * A position as [longitude, latitude] in degrees: the order GeoJSON, d3-geo and the
 * basemap use. Content files write [latitude, longitude] like an atlas; convert at the edge.
 */
export type LngLat = readonly [longitude: number, latitude: number];

export function fromLatLng([latitude, longitude]: readonly [number, number]): LngLat {
  return [longitude, latitude];
}
