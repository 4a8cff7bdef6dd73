/**
 * Frames the live map on what it must show (the route, or a trip), with room for the names
 * at the edges and under the buttons at the top (src/lib/mapLayout/framing.ts), from the names as
 * they are drawn. Also the "Fit whole …" button, and the framing kept while the map's box
 * changes size, until the reader moves the map.
 */
import L from 'leaflet';
import type { Bounds } from '../../lib/geo/bounds.ts';
import { frameView, framedBounds, type NameOnMap } from '../../lib/mapLayout/framing.ts';
import type { LngLat } from '../../lib/geo/lngLat.ts';
import { toLatLng } from './leafletSetUp.ts';
import { LIVE_MAP } from '../../lib/mapLayout/markSizes.ts';
import { element } from './stopMarkers.ts';
import type { StopMarkers } from './stopMarkerLayer.ts';

export interface RouteMapFraming {
  /** Frames what the map shows, moving there as the reader allows. */
  fit(): void;
  /** Frames what the map shows, at once, before its names are placed and can be measured. */
  fitWithoutNames(): void;
  /** Frames what the map shows, at once, and again until the room for names stops changing. */
  fitNow(): void;
  /** Shows this from now on. */
  focusOn(bounds: L.LatLngBounds): void;
}

export interface FramingOptions {
  focus: L.LatLngBounds;
  /** Whose names the framing keeps room for. */
  named(id: string): boolean;
  fitLabel: string;
  animate: boolean;
}

const toLngLat = (latLng: L.LatLng): LngLat => [latLng.lng, latLng.lat];
const fromLatLngBounds = (bounds: L.LatLngBounds): Bounds => ({
  west: bounds.getWest(),
  south: bounds.getSouth(),
  east: bounds.getEast(),
  north: bounds.getNorth(),
});
const toLatLngBounds = (bounds: Bounds): L.LatLngBounds =>
  L.latLngBounds([bounds.south, bounds.west], [bounds.north, bounds.east]);

/** The framing of the map, and its "Fit whole …" button. */
export function frameRouteMap(map: L.Map, markers: StopMarkers, options: FramingOptions): RouteMapFraming {
  let focus = options.focus;
  const container = map.getContainer();
  const view = (): { bounds: L.LatLngBounds; fit: L.FitBoundsOptions } => {
    const size = map.getSize();
    const { bounds, padding } = frameView({
      focus: fromLatLngBounds(focus),
      project: (position) => map.project(toLatLng(position), 0),
      width: size.x,
      height: size.y,
      names: namesToFrame(markers, options.named),
      topTaken: controlsAtTop(container) + LIVE_MAP.stopTarget / 2,
      minZoom: map.getMinZoom(),
      zoomSnap: map.options.zoomSnap ?? 1,
    });
    return {
      bounds: toLatLngBounds(bounds),
      fit: { paddingTopLeft: [padding.left, padding.top], paddingBottomRight: [padding.right, padding.bottom] },
    };
  };
  const framing: RouteMapFraming = {
    fit() {
      const { bounds, fit } = view();
      map.fitBounds(bounds, { animate: options.animate, ...fit });
    },
    fitWithoutNames() {
      map.fitBounds(toLatLngBounds(framedBounds(fromLatLngBounds(focus))), { animate: false });
    },
    fitNow() {
      // The room a name needs is measured at the zoom it is drawn at, and a new zoom can
      // spread the dots or move a name to its dot's other side: framed again until it holds.
      let last = '';
      for (let round = 0; round < 4; round += 1) {
        const { bounds, fit } = view();
        const key = JSON.stringify(fit);
        if (key === last) break;
        last = key;
        map.fitBounds(bounds, { animate: false, ...fit });
      }
    },
    focusOn(bounds) {
      focus = bounds;
    },
  };
  addFitButton(map, options.fitLabel, framing.fit);
  return framing;
}

/**
 * The box can change size (rotation, the page settling while Leaflet starts); until the
 * reader moves the map, keep what it shows framed.
 */
export function keepFramedUntilMoved(map: L.Map, framing: RouteMapFraming): void {
  let readerMoved = false;
  let fitting = false;
  map.on('dragstart zoomstart', () => {
    if (!fitting) readerMoved = true;
  });
  new ResizeObserver(() => {
    map.invalidateSize({ pan: false });
    if (readerMoved) return;
    fitting = true;
    framing.fitNow();
    fitting = false;
  }).observe(map.getContainer());
}

/**
 * Each name on the side the build chose for it: arrangeStopMarkers may have moved or
 * hidden it for want of this very room.
 */
function namesToFrame(markers: StopMarkers, named: (id: string) => boolean): NameOnMap[] {
  const names: NameOnMap[] = [];
  for (const [id, marker] of markers) {
    const icon = marker.getElement();
    const label = icon?.querySelector('.map-stop__label');
    if (!icon || !label || !named(id)) continue;
    const side = icon.dataset['side'] ?? (icon.classList.contains('map-stop--left') ? 'left' : 'right');
    const position = toLngLat(marker.getLatLng());
    const box = label.getBoundingClientRect();
    names.push({ position, side: side === 'left' ? 'left' : 'right', reach: LIVE_MAP.stopTarget / 2 + box.width });
    // A name with its Korean or Russian line hangs below its dot: room for it at the foot.
    const dot = icon.querySelector('.map-stop__dot')?.getBoundingClientRect();
    if (dot) names.push({ position, side: 'below', reach: box.bottom - (dot.top + dot.height / 2) });
  }
  return names;
}

/** How far down the map the buttons at its top reach, in pixels. */
function controlsAtTop(container: HTMLElement): number {
  const frame = container.getBoundingClientRect();
  let bottom = 0;
  for (const control of container.querySelectorAll('.leaflet-top .leaflet-control')) {
    bottom = Math.max(bottom, control.getBoundingClientRect().bottom - frame.top);
  }
  return bottom;
}

function addFitButton(map: L.Map, label: string, fit: () => void): void {
  const FitControl = L.Control.extend({
    onAdd(): HTMLElement {
      const bar = element('div', 'leaflet-bar map-fit');
      const button = element('button', 'map-fit__button', label);
      button.type = 'button';
      button.addEventListener('click', () => fit());
      L.DomEvent.disableClickPropagation(bar);
      bar.append(button);
      return bar;
    },
  });
  new FitControl({ position: 'topleft' }).addTo(map);
}
