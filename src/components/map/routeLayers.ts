/**
 * The lines of the live map: the rail route, and each trip as a layer of its own (its
 * legs by rail, air or road), added when the reader chooses the trip. The trip's places
 * are its stops, with their names (stopMarkerLayer.ts).
 */
import L from 'leaflet';
import type { InteractiveMapData } from '../../lib/geo/interactiveMapData.ts';
import { LIVE_MAP } from '../../lib/mapLayout/markSizes.ts';
import { toLatLng } from './leafletSetUp.ts';

export type Trip = InteractiveMapData['trips'][number];

export interface RouteLayers {
  railLine: L.LayerGroup;
  trips: Map<string, L.FeatureGroup>;
}

export function buildRouteLayers(data: InteractiveMapData, onTripChosen: (slug: string) => void): RouteLayers {
  const railLine = L.layerGroup(
    data.route.lines.map((line) => L.polyline(line.map(toLatLng), { className: 'map-route', interactive: false })),
  );
  const trips = new Map<string, L.FeatureGroup>();
  for (const trip of data.trips) {
    const group = L.featureGroup(tripLines(trip));
    group.on('click', () => onTripChosen(trip.slug));
    trips.set(trip.slug, group);
  }
  return { railLine, trips };
}

function tripLines(trip: Trip): L.Layer[] {
  const lines = trip.segments.filter((segment) => segment.km > 0);
  // A trip that begins and ends in one place (or whose places the sources do not
  // separate) is drawn as a ring round that place, so choosing it still shows something.
  return lines.length > 0
    ? lines.map((segment) =>
        L.polyline(segment.line.map(toLatLng), { className: `map-trip map-trip--${segment.kind}` }),
      )
    : [
        L.circleMarker(toLatLng(trip.places[0]!.position), {
          radius: LIVE_MAP.ringRadius,
          className: 'map-trip map-trip--point',
        }),
      ];
}
