/**
 * The stops of the live map, each a focusable marker with its popup: the rail route's
 * stations on the main map, or every place of a trip (on its own page, or chosen on the
 * main map, where its places take the stations' place).
 */
import L from 'leaflet';
import type { InteractiveMapData } from '../../lib/geo/interactiveMapData.ts';
import { DEFAULT_LABEL_PLACEMENT, type LabelPlacement } from '../../lib/mapLayout/labelSides.ts';
import type { LngLat } from '../../lib/geo/lngLat.ts';
import { toLatLng } from './leafletSetUp.ts';
import type { Trip } from './routeLayers.ts';
import { dateLabel, element, popupFor, stopIcon } from './stopMarkers.ts';

/** The markers added, by place id. */
export type StopMarkers = Map<string, L.Marker>;

export function addStopMarkers(
  map: L.Map,
  data: InteractiveMapData,
  singleTrip: Trip | undefined,
  onTripChosen: (slug: string) => void,
): StopMarkers {
  if (singleTrip) return addTripPlaceMarkers(map, data, singleTrip);
  const markers: StopMarkers = new Map();
  for (const stop of data.route.stops) {
    const icon = stopIcon(stop.name.en, stop.nativeName, stop.nativeLang, placement(data, stop.id));
    markers.set(stop.id, addMarker(map, stop.position, icon, popupFor(stop, data.trips, onTripChosen)));
  }
  return markers;
}

/** Every place of the trip, each with its name and its popup. */
export function addTripPlaceMarkers(map: L.Map, data: InteractiveMapData, trip: Trip): StopMarkers {
  const markers: StopMarkers = new Map();
  for (const place of trip.places) {
    const icon = stopIcon(place.name, place.nativeName, place.nativeLang, placement(data, place.id));
    markers.set(place.id, addMarker(map, place.position, icon, tripPlacePopup(place, trip)));
  }
  return markers;
}

function addMarker(map: L.Map, position: LngLat, icon: L.DivIcon, popup: HTMLElement): L.Marker {
  const marker = L.marker(toLatLng(position), { icon, keyboard: true, riseOnHover: true });
  marker.bindPopup(popup, { maxWidth: 260 });
  return marker.addTo(map);
}

const placement = (data: InteractiveMapData, id: string): LabelPlacement =>
  data.labelPlacements[id] ?? DEFAULT_LABEL_PLACEMENT;

function tripPlacePopup(place: Trip['places'][number], trip: Trip): HTMLElement {
  const popup = element('div', 'map-popup');
  popup.tabIndex = -1;
  popup.append(element('p', 'map-popup__title', place.name));
  if (place.nativeName) {
    const native = element('p', 'map-popup__native', place.nativeName);
    if (place.nativeLang) native.lang = place.nativeLang;
    popup.append(native);
  }
  // When the trip was here and what happened, as the trip's file gives them: one line each time.
  for (const visit of place.visits ?? []) {
    const date = dateLabel(visit.date);
    if (date) popup.append(element('p', 'map-popup__date', date));
    if (visit.note) popup.append(element('p', 'map-popup__note', visit.note));
  }
  popup.append(element('p', 'map-popup__figures', `On this trip: ${trip.title}`));
  return popup;
}
