/**
 * The stops of the live map, each a focusable marker with its popup: the rail route's
 * stations on the main map, or every place of the trip on a trip's own page.
 */
import L from 'leaflet';
import type { InteractiveMapData } from '../../lib/geo/interactiveMapData.ts';
import type { LabelPlacement } from '../../lib/geo/mapLabels.ts';
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
  const markers: StopMarkers = new Map();
  const addMarker = (id: string, position: LngLat, icon: L.DivIcon, popup: HTMLElement | undefined): void => {
    const marker = L.marker(toLatLng(position), { icon, keyboard: true, riseOnHover: true });
    if (popup) marker.bindPopup(popup, { maxWidth: 260 });
    marker.addTo(map);
    markers.set(id, marker);
  };
  const placement = (id: string): LabelPlacement => data.labelPlacements[id] ?? { side: 'right', shift: 0 };
  if (singleTrip) {
    for (const place of singleTrip.places) {
      const icon = stopIcon(place.name, place.nativeName, place.nativeLang, placement(place.id));
      addMarker(place.id, place.position, icon, tripPlacePopup(place, singleTrip));
    }
  } else {
    for (const stop of data.route.stops) {
      const icon = stopIcon(stop.name.en, stop.nativeName, stop.nativeLang, placement(stop.id));
      addMarker(stop.id, stop.position, icon, popupFor(stop, data.trips, onTripChosen));
    }
  }
  return markers;
}

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
