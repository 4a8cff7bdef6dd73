/**
 * The names of seas, countries and regions on the live map: in a pane of their own under
 * the stops, never interactive, each shown only at the zooms it is meant for.
 */
import L from 'leaflet';
import { labelShownAt, type AreaLabel } from '../../lib/mapLayout/areaLabels.ts';
import { toLatLng } from './leafletSetUp.ts';
import { element } from './stopMarkers.ts';

export function addAreaLabels(map: L.Map, labels: ReadonlyArray<AreaLabel>): void {
  map.createPane('labels').classList.add('map-labels-pane');
  const areaLabels = labels.map((label) => {
    const html = element('span', 'map-area-label__text', label.text);
    if (label.secondLine) html.append(element('span', 'map-area-label__second', label.secondLine));
    const marker = L.marker(toLatLng(label.position), {
      icon: L.divIcon({ className: `map-area-label map-area-label--${label.kind}`, html, iconSize: [0, 0] }),
      interactive: false,
      keyboard: false,
      pane: 'labels',
    });
    return { label, marker };
  });
  const showLabelsForZoom = (): void => {
    for (const { label, marker } of areaLabels) {
      if (labelShownAt(label, map.getZoom())) marker.addTo(map);
      else marker.remove();
    }
  };
  // The first framing ends with a zoomend too, so the labels appear with the map.
  map.on('zoomend', showLabelsForZoom);
}
