/**
 * What the static maps show: the whole rail route on the home page, one trip on a
 * trip's page. The same choices the interactive map makes when it fits its view.
 */
import type { LngLat } from './lngLat.ts';
import type { RouteMapData, TripLines } from './routeMapData.ts';
import type { StaticMapInput } from './staticMap.ts';

type Drawing = Pick<StaticMapInput, 'focus' | 'lines' | 'markers'>;

export function routeDrawing(data: RouteMapData): Drawing {
  return {
    focus: data.route.stops.map((stop) => stop.position),
    lines: data.route.lines.map((line) => ({ kind: 'rail' as const, line })),
    markers: data.route.stops.map((stop, index) => ({
      id: stop.id,
      position: stop.position,
      name: stop.name.en,
      nativeName: stop.nativeName,
      nativeLang: stop.nativeLang,
      label: stop.label,
      // The ends and the dated stops first, then towns, then junctions and stations.
      priority:
        (index === 0 ? 4 : 0) +
        (stop.date !== undefined ? 2 : 0) +
        (stop.kind === 'capital' || stop.kind === 'city' ? 1 : 0),
    })),
  };
}

export function tripDrawing(trip: TripLines): Drawing {
  const focus: LngLat[] = trip.segments.flatMap((segment) => segment.line);
  return {
    focus,
    lines: trip.segments.map((segment) => ({ kind: segment.kind, line: segment.line })),
    markers: trip.places.map((place, index) => ({
      id: place.id,
      position: place.position,
      name: place.name,
      nativeName: place.nativeName,
      nativeLang: place.nativeLang,
      label: place.label,
      // Where the trip started and where it went are named before the places on the way.
      priority: index === 0 || place.id === trip.destination ? 2 : 0,
    })),
  };
}
