/**
 * The interactive route map, loaded by <route-map> only when the reader reaches for it.
 * Leaflet with vector layers only: a basemap from the site's own Natural Earth files
 * (no tile server), the rail line, the trips, and L.divIcon markers (no marker images
 * to fetch; Leaflet 1.9 makes them focusable buttons, opened with Enter).
 */
import L from 'leaflet';
import type { InteractiveMapData } from '../../lib/geo/interactiveMapData.ts';
import { addAreaLabels } from './areaLabelLayer.ts';
import { arrangeStopMarkers } from './arrangeStopMarkers.ts';
import { frameRouteMap, keepFramedUntilMoved, type RouteMapFraming } from './frameRouteMap.ts';
import { createBasemap } from './leafletBasemap.ts';
import { createLeafletMap, loadMapStylesheet, motionAllowed, toLatLng } from './leafletSetUp.ts';
import { keepFocusWithPopups } from './popupFocus.ts';
import { buildRouteLayers, type RouteLayers, type Trip } from './routeLayers.ts';
import { addStopMarkers, type StopMarkers } from './stopMarkerLayer.ts';
import { STOP_TARGET, describeForScreenReaders, element, fitPopupsToRoom } from './stopMarkers.ts';

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

  addAreaLabels(map, data.labels);
  const route = buildRouteLayers(data, singleTrip, options.onTripChosen);
  (singleTrip ? route.trips.get(singleTrip.slug)! : route.railLine).addTo(map);
  const markers = addStopMarkers(map, data, singleTrip, options.onTripChosen);
  keepFocusWithPopups(map, container, announce);

  // The stops the journey is dated at (every place, on a trip's own map): their names are
  // placed first and the framing leaves room for them; a station between them may go unnamed.
  const datedStops = new Set(data.route.stops.filter((stop) => stop.date).map((stop) => stop.id));
  const dated = (id: string): boolean => singleTrip !== undefined || datedStops.has(id);
  const framing = frameRouteMap(map, markers, {
    focus: singleTrip ? route.trips.get(singleTrip.slug)!.getBounds() : wholeRoute(data),
    named: dated,
    fitLabel: singleTrip ? 'Fit whole trip' : 'Fit whole route',
    animate: motionAllowed(),
  });

  const fitPopups = (): void => fitPopupsToRoom(container, markers.values());
  fitPopups();
  map.on('resize', fitPopups);

  framing.fitWithoutNames();
  // Stops closer than a touch target and a little air are drawn apart, and names that
  // would collide move or wait for a closer zoom. The journey's dated stops are named first.
  const majorMarkers = new Set([...markers].filter(([id]) => dated(id)).map(([, marker]) => marker));
  arrangeStopMarkers(map, [...markers.values()], (marker) => majorMarkers.has(marker), STOP_TARGET + 4);
  // Again, now that the names are placed and can be measured.
  framing.fitNow();
  keepFramedUntilMoved(map, framing);
  createBasemap(map, data.basemaps);
  host.dataset['ready'] = 'true';

  return controller({ host, container, map, data, singleTrip, route, markers, framing, announce });
}

const wholeRoute = (data: InteractiveMapData): L.LatLngBounds =>
  L.latLngBounds(data.route.stops.map((stop) => toLatLng(stop.position)));

interface RouteMapParts {
  host: HTMLElement;
  container: HTMLElement;
  map: L.Map;
  data: InteractiveMapData;
  singleTrip: Trip | undefined;
  route: RouteLayers;
  markers: StopMarkers;
  framing: RouteMapFraming;
  announce(text: string): void;
}

function controller({
  host,
  container,
  map,
  data,
  singleTrip,
  route,
  markers,
  framing,
  announce,
}: RouteMapParts): RouteMapController {
  let shownTrip: string | null = null;
  return {
    focus() {
      container.focus();
    },
    refit() {
      map.invalidateSize({ pan: false });
      framing.fitNow();
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
      if (shownTrip !== null) route.trips.get(shownTrip)?.remove();
      const layer = slug === null ? undefined : route.trips.get(slug);
      shownTrip = layer ? slug : null;
      host.classList.toggle('route-map--trip-shown', layer !== undefined);
      const trip = data.trips.find((entry) => entry.slug === shownTrip);
      announce(trip ? `The map shows the trip: ${trip.title}` : 'The map shows the whole rail route');
      layer?.addTo(map);
      framing.focusOn(layer ? layer.getBounds() : wholeRoute(data));
      framing.fit();
    },
  };
}
