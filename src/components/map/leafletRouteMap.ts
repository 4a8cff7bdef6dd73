/**
 * The interactive route map, loaded by <route-map> only when the reader reaches for it.
 * Leaflet with vector layers only: a basemap from the site's own Natural Earth files
 * (no tile server), the rail line, the trips, and L.divIcon markers (no marker images
 * to fetch; Leaflet 1.9 makes them focusable buttons, opened with Enter).
 */
import L from 'leaflet';
import type { InteractiveMapData } from '../../lib/geo/interactiveMapData.ts';
import type { LngLat } from '../../lib/geo/lngLat.ts';
import { labelShownAt } from '../../lib/geo/mapLabels.ts';
import { framedBounds } from '../../lib/geo/framePadding.ts';
import { paddingForNames, type NameReach } from '../../lib/map/paddingForNames.ts';
import { createBasemap } from './leafletBasemap.ts';
import { createLeafletMap, loadMapStylesheet, motionAllowed, toLatLng } from './leafletSetUp.ts';
import { arrangeStopMarkers } from './arrangeStopMarkers.ts';
import { STOP_TARGET, describeForScreenReaders, element, fitPopupsToRoom, popupFor, stopIcon } from './stopMarkers.ts';

export interface RouteMapController {
  /** Moves the keyboard focus to the map, where the arrow keys pan and Tab reaches the stops. */
  focus(): void;
  /** Opens the stop's popup, and resolves with it once the map has finished moving to show it. */
  showStop(placeId: string): Promise<HTMLElement | undefined>;
  showTrip(slug: string | null): void;
  /** Measures the map's box again and frames what it shows, at once (for printing). */
  refit(): void;
}

export interface RouteMapOptions {
  src: string;
  /** Show this trip only, as on a trip's own page. */
  trip?: string | undefined;
  onTripChosen(slug: string | null): void;
}

export async function createRouteMap(host: HTMLElement, options: RouteMapOptions): Promise<RouteMapController> {
  const [response] = await Promise.all([fetch(options.src), loadMapStylesheet()]);
  if (!response.ok) throw new Error(`The map data ${options.src} did not load (${response.status}).`);
  const data = (await response.json()) as InteractiveMapData;
  const animate = motionAllowed();
  const singleTrip = options.trip === undefined ? undefined : data.trips.find((trip) => trip.slug === options.trip);

  const container = element('div', 'route-map__leaflet');
  host.append(container);
  const map = createLeafletMap(container, {
    zoomDelta: 1,
    maxBounds: [
      [-85, -180],
      [85, 180],
    ],
    maxBoundsViscosity: 1,
  });
  describeForScreenReaders(
    host,
    container,
    singleTrip ? 'Interactive map of the trip' : 'Interactive map of the route',
  );
  const announce = (text: string): void => {
    const live = host.querySelector('[data-announce]');
    if (live) live.textContent = text;
  };
  L.control.scale({ metric: true, imperial: true, position: 'bottomright' }).addTo(map);

  map.createPane('labels').classList.add('map-labels-pane');
  const areaLabels = data.labels.map((label) => {
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
  map.on('zoomend', showLabelsForZoom);

  const railLine = L.layerGroup(
    data.route.lines.map((line) => L.polyline(line.map(toLatLng), { className: 'map-route', interactive: false })),
  );
  const tripLayers = new Map<string, L.FeatureGroup>();
  for (const trip of data.trips) {
    const lines = trip.segments.filter((segment) => segment.km > 0);
    // A trip that begins and ends in one place (or whose places the sources do not
    // separate) is drawn as a ring round that place, so choosing it still shows something.
    const layers: L.Layer[] =
      lines.length > 0
        ? lines.map((segment) =>
            L.polyline(segment.line.map(toLatLng), { className: `map-trip map-trip--${segment.kind}` }),
          )
        : [L.circleMarker(toLatLng(trip.places[0]!.position), { radius: 11, className: 'map-trip map-trip--point' })];
    // On the main map, name the trip's places that are not stations; a trip's own page has markers for them.
    for (const place of singleTrip ? [] : trip.places) {
      if (data.route.stops.some((stop) => stop.id === place.id)) continue;
      layers.push(
        L.circleMarker(toLatLng(place.position), { radius: 4, className: 'map-trip-place' }).bindTooltip(place.name, {
          permanent: true,
          direction: 'right',
          className: 'map-trip-label',
        }),
      );
    }
    const group = L.featureGroup(layers);
    group.on('click', () => options.onTripChosen(trip.slug));
    tripLayers.set(trip.slug, group);
  }

  const markers = new Map<string, L.Marker>();
  const addMarker = (id: string, position: LngLat, icon: L.DivIcon, popup: HTMLElement | undefined): void => {
    const marker = L.marker(toLatLng(position), { icon, keyboard: true, riseOnHover: true });
    if (popup) marker.bindPopup(popup, { maxWidth: 260 });
    marker.addTo(map);
    markers.set(id, marker);
  };

  let focusBounds: L.LatLngBounds;
  let fitLabel: string;
  if (singleTrip) {
    tripLayers.get(singleTrip.slug)!.addTo(map);
    for (const place of singleTrip.places) {
      const placement = data.labelPlacements[place.id] ?? ({ side: 'right', shift: 0 } as const);
      const popup = element('div', 'map-popup');
      popup.tabIndex = -1;
      popup.append(element('p', 'map-popup__title', place.name));
      if (place.nativeName) {
        const native = element('p', 'map-popup__native', place.nativeName);
        if (place.nativeLang) native.lang = place.nativeLang;
        popup.append(native);
      }
      popup.append(element('p', 'map-popup__figures', `On this trip: ${singleTrip.title}`));
      addMarker(place.id, place.position, stopIcon(place.name, place.nativeName, place.nativeLang, placement), popup);
    }
    focusBounds = tripLayers.get(singleTrip.slug)!.getBounds();
    fitLabel = 'Fit whole trip';
  } else {
    railLine.addTo(map);
    for (const stop of data.route.stops) {
      const placement = data.labelPlacements[stop.id] ?? { side: 'right', shift: 0 };
      addMarker(
        stop.id,
        stop.position,
        stopIcon(stop.name.en, stop.nativeName, stop.nativeLang, placement),
        popupFor(stop, data.trips, options.onTripChosen),
      );
    }
    focusBounds = L.latLngBounds(data.route.stops.map((stop) => toLatLng(stop.position)));
    fitLabel = 'Fit whole route';
  }

  // Keyboard readers land in the popup they opened, and go back to the marker when it closes.
  let opener: HTMLElement | null = null;
  map.on('popupopen', (event) => {
    const title = event.popup.getElement()?.querySelector('.map-popup__title')?.textContent;
    if (title) announce(`Opened: ${title.trim()}`);
    const icon = document.activeElement;
    opener = icon instanceof HTMLElement && icon.classList.contains('map-stop') ? icon : null;
    if (opener) event.popup.getElement()?.querySelector<HTMLElement>('.map-popup')?.focus();
  });
  // Leaflet closes popups on Escape only while the map itself has focus, not inside a popup.
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') map.closePopup();
  });
  map.on('popupclose', () => {
    opener?.focus();
    opener = null;
  });

  // The stops the journey is dated at (every place, on a trip's own map): their names are
  // placed first and the framing leaves room for them; a station between them may go unnamed.
  const datedStops = new Set(data.route.stops.filter((stop) => stop.date).map((stop) => stop.id));
  const dated = (id: string): boolean => singleTrip !== undefined || datedStops.has(id);

  const framed = (): L.LatLngBounds => {
    const box = framedBounds({
      west: focusBounds.getWest(),
      south: focusBounds.getSouth(),
      east: focusBounds.getEast(),
      north: focusBounds.getNorth(),
    });
    return L.latLngBounds([box.south, box.west], [box.north, box.east]);
  };
  /**
   * Room, in pixels, for the names of the places at the edges of what is framed, and below
   * the buttons at the top. framedBounds leaves a share of the map's span, which on a phone
   * is less than a name like "Komsomolsk-on-Amur" takes beside its dot, and the zoom and fit
   * buttons sit over the top of the map, where a stop under them could not be tapped.
   */
  const labelPadding = (): Pick<L.FitBoundsOptions, 'paddingTopLeft' | 'paddingBottomRight'> => {
    const box = framed();
    const at = (latLng: L.LatLngExpression): L.Point => map.project(latLng, 0);
    const northWest = at(box.getNorthWest());
    const southEast = at(box.getSouthEast());
    const names: NameReach[] = [];
    for (const [id, marker] of markers) {
      const icon = marker.getElement();
      const label = icon?.querySelector('.map-stop__label');
      if (!icon || !label || !focusBounds.contains(marker.getLatLng()) || !dated(id)) continue;
      // Each name on the side the build chose for it: arrangeStopMarkers may have moved or
      // hidden it for want of this very room.
      const side = icon.dataset['side'] ?? (icon.classList.contains('map-stop--left') ? 'left' : 'right');
      const place = at(marker.getLatLng());
      const box = label.getBoundingClientRect();
      names.push({
        side: side === 'left' ? 'left' : 'right',
        reach: STOP_TARGET / 2 + box.width,
        toEdge: side === 'left' ? place.x - northWest.x : southEast.x - place.x,
      });
      // A name with its Korean or Russian line hangs below its dot: room for it at the foot.
      const dot = icon.querySelector('.map-stop__dot')?.getBoundingClientRect();
      if (dot)
        names.push({ side: 'below', reach: box.bottom - (dot.top + dot.height / 2), toEdge: southEast.y - place.y });
    }
    const frame = container.getBoundingClientRect();
    let controls = 0;
    for (const control of container.querySelectorAll('.leaflet-top .leaflet-control')) {
      controls = Math.max(controls, control.getBoundingClientRect().bottom - frame.top);
    }
    const size = map.getSize();
    const padding = paddingForNames({
      width: size.x,
      height: size.y,
      spanX: southEast.x - northWest.x,
      spanY: southEast.y - northWest.y,
      names,
      top: { taken: controls + STOP_TARGET / 2, toEdge: at(focusBounds.getNorthEast()).y - northWest.y },
      margin: 8,
      // Never most of the map: on a 320 px screen the names alone could ask for more room
      // than there is, and Leaflet would then zoom to its closest.
      most: 0.4,
    });
    return { paddingTopLeft: [padding.left, padding.top], paddingBottomRight: [padding.right, padding.bottom] };
  };
  const fitOptions = (): L.FitBoundsOptions => {
    const padding = labelPadding();
    // The whole frame comes before room for names: where that room would need a wider view
    // than the map's widest zoom (Moscow to Khabarovsk on a phone), the names at the edges
    // go unnamed instead, and the trip stays whole.
    const total = L.point(padding.paddingTopLeft!).add(L.point(padding.paddingBottomRight!));
    const room = map.getBoundsZoom(framed(), false, total) > map.getMinZoom();
    return { animate, ...(room ? padding : {}) };
  };
  const fit = (): void => {
    map.fitBounds(framed(), fitOptions());
  };
  /**
   * Frames what the map shows, at once, with room for the names. The room a name needs is
   * measured at the zoom it is drawn at, and a new zoom can spread the dots or move a name
   * to its dot's other side, so the framing is taken again until it stops changing.
   */
  const fitNow = (): void => {
    let last = '';
    for (let round = 0; round < 4; round += 1) {
      const options = { ...fitOptions(), animate: false };
      const key = JSON.stringify(options);
      if (key === last) break;
      last = key;
      map.fitBounds(framed(), options);
    }
  };
  const FitControl = L.Control.extend({
    onAdd(): HTMLElement {
      const bar = element('div', 'leaflet-bar map-fit');
      const button = element('button', 'map-fit__button', fitLabel);
      button.type = 'button';
      button.addEventListener('click', () => fit());
      L.DomEvent.disableClickPropagation(bar);
      bar.append(button);
      return bar;
    },
  });
  new FitControl({ position: 'topleft' }).addTo(map);

  const fitPopups = (): void => fitPopupsToRoom(container, markers.values());
  fitPopups();
  map.on('resize', fitPopups);

  map.fitBounds(framed(), { animate: false });
  showLabelsForZoom();
  // Stops closer than a touch target and a little air are drawn apart, and names that
  // would collide move or wait for a closer zoom. The journey's dated stops are named first.
  const majorMarkers = new Set([...markers].filter(([id]) => dated(id)).map(([, marker]) => marker));
  arrangeStopMarkers(map, [...markers.values()], (marker) => majorMarkers.has(marker), STOP_TARGET + 4);
  // Again, now that the names are placed and can be measured.
  fitNow();
  // The box can change size (rotation, the page settling while Leaflet starts); until the
  // reader moves the map, keep the whole route framed.
  let readerMoved = false;
  let fitting = false;
  map.on('dragstart zoomstart', () => {
    if (!fitting) readerMoved = true;
  });
  new ResizeObserver(() => {
    map.invalidateSize({ pan: false });
    if (readerMoved) return;
    fitting = true;
    fitNow();
    fitting = false;
  }).observe(container);
  createBasemap(map, data.basemaps);
  host.dataset['ready'] = 'true';

  let shownTrip: string | null = null;
  return {
    focus() {
      container.focus();
    },
    refit() {
      map.invalidateSize({ pan: false });
      fitNow();
    },
    showStop(placeId) {
      const marker = markers.get(placeId);
      if (!marker) return Promise.resolve(undefined);
      // Straight to the stop: the popup's auto-pan, which keeps it whole, measures the map
      // as it is and would be thrown off by a zoom still animating.
      map.setView(marker.getLatLng(), Math.max(map.getZoom(), 8), { animate: false });
      let panning = false;
      map.once('movestart', () => (panning = true));
      marker.openPopup();
      const popup = (): HTMLElement | undefined => marker.getPopup()?.getElement();
      if (!panning) return Promise.resolve(popup());
      return new Promise((resolve) => map.once('moveend', () => resolve(popup())));
    },
    showTrip(slug) {
      if (singleTrip || slug === shownTrip) return;
      if (shownTrip !== null) tripLayers.get(shownTrip)?.remove();
      const layer = slug === null ? undefined : tripLayers.get(slug);
      shownTrip = layer ? slug : null;
      host.classList.toggle('route-map--trip-shown', layer !== undefined);
      const trip = data.trips.find((entry) => entry.slug === shownTrip);
      announce(trip ? `The map shows the trip: ${trip.title}` : 'The map shows the whole rail route');
      if (layer) {
        layer.addTo(map);
        focusBounds = layer.getBounds();
      } else {
        focusBounds = L.latLngBounds(data.route.stops.map((stop) => toLatLng(stop.position)));
      }
      fit();
    },
  };
}
