/**
 * The lines of the live map: the rail route, and each trip as a layer of its own (its
 * legs by rail, air or road, and on the main map the names of its places that are not
 * stations), added when the reader chooses the trip.
 */
import L from 'leaflet';
import type { InteractiveMapData } from '../../lib/geo/interactiveMapData.ts';
import { toLatLng } from './leafletSetUp.ts';

export type Trip = InteractiveMapData['trips'][number];

export interface RouteLayers {
  railLine: L.LayerGroup;
  trips: Map<string, L.FeatureGroup>;
}

export function buildRouteLayers(
  data: InteractiveMapData,
  /** The trip a trip's own page shows, which has markers for all its places. */
  singleTrip: Trip | undefined,
  onTripChosen: (slug: string) => void,
): RouteLayers {
  const railLine = L.layerGroup(
    data.route.lines.map((line) => L.polyline(line.map(toLatLng), { className: 'map-route', interactive: false })),
  );
  const trips = new Map<string, L.FeatureGroup>();
  for (const trip of data.trips) {
    const group = L.featureGroup([...tripLines(trip), ...(singleTrip ? [] : placesOffTheRoute(trip, data))]);
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
    : [L.circleMarker(toLatLng(trip.places[0]!.position), { radius: 11, className: 'map-trip map-trip--point' })];
}

/** On the main map, the trip's places that are not stations, named beside their dots. */
function placesOffTheRoute(trip: Trip, data: InteractiveMapData): L.Layer[] {
  return trip.places
    .filter((place) => !data.route.stops.some((stop) => stop.id === place.id))
    .map((place) =>
      L.circleMarker(toLatLng(place.position), { radius: 4, className: 'map-trip-place' }).bindTooltip(place.name, {
        permanent: true,
        direction: 'right',
        className: 'map-trip-label',
      }),
    );
}
