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
import { makeRoomForPopups } from './popupRoom.ts';
import { buildRouteLayers, type RouteLayers, type Trip } from './routeLayers.ts';
import { addStopMarkers, addTripPlaceMarkers, type StopMarkers } from './stopMarkerLayer.ts';
import { describeForScreenReaders, element, fitPopupsToRoom } from './stopMarkers.ts';
import { LIVE_MAP } from '../../lib/mapLayout/markSizes.ts';
import type { TripOnMap } from './mapCaption.ts';

export interface RouteMapController {
  /** Moves the keyboard focus to the map, where the arrow keys pan and Tab reaches the stops. */
  focus(): void;
  /** Opens the stop's popup, and resolves with it once the map has finished moving to show it. */
  showStop(placeId: string): Promise<HTMLElement | undefined>;
  /**
   * Shows the trip alone, its places as the stops, or (null) the rail route with its
   * stations; says which trip the map now shows (null for the route, or a slug it does not know).
   */
  showTrip(slug: string | null): TripOnMap | null;
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
  describeForScreenReaders(host, container, singleTrip ? 'Interactive map of the trip' : ROUTE_MAP_NAME);
  const announce = (text: string): void => {
    const live = host.querySelector('[data-announce]');
    if (live) live.textContent = text;
  };
  L.control.scale({ metric: true, imperial: true, position: 'bottomright' }).addTo(map);

  addAreaLabels(map, data.labels);
  const route = buildRouteLayers(data, options.onTripChosen);
  (singleTrip ? route.trips.get(singleTrip.slug)! : route.railLine).addTo(map);
  // The stops on show: the route's stations, or a trip's places once one is chosen. The
  // framing and the names' arrangement read this map each time, so it is changed in place.
  const stations = addStopMarkers(map, data, singleTrip, options.onTripChosen);
  const markers: StopMarkers = new Map(stations);
  keepFocusWithPopups(map, container, announce);
  makeRoomForPopups(map, motionAllowed());

  // The stops the journey is dated at (every place, on a trip's map): their names are
  // placed first and the framing leaves room for them; a station between them may go unnamed.
  const datedStops = new Set(data.route.stops.filter((stop) => stop.date).map((stop) => stop.id));
  // A chosen trip's places are all its stops, every one of them major.
  const minorStations = new Set(
    [...stations].filter(([id]) => singleTrip === undefined && !datedStops.has(id)).map(([, marker]) => marker),
  );
  const major = (marker: L.Marker): boolean => !minorStations.has(marker);
  const framing = frameRouteMap(map, markers, {
    focus: singleTrip ? route.trips.get(singleTrip.slug)!.getBounds() : wholeRoute(data),
    named: (id) => {
      const marker = markers.get(id);
      return marker !== undefined && major(marker);
    },
    fitLabel: singleTrip ? 'Fit whole trip' : 'Fit whole route',
    animate: motionAllowed(),
  });

  const fitPopups = (): void => fitPopupsToRoom(container, markers.values());
  fitPopups();
  map.on('resize', fitPopups);

  framing.fitWithoutNames();
  // Stops closer than a touch target and a little air are drawn apart, and names that
  // would collide move or wait for a closer zoom. The journey's dated stops are named first.
  const arrange = arrangeStopMarkers(map, () => markers.values(), major, LIVE_MAP.stopTarget + 4);
  // Again, now that the names are placed and can be measured.
  framing.fitNow();
  keepFramedUntilMoved(map, framing);
  createBasemap(map, data.basemaps);
  host.dataset['ready'] = 'true';

  const stops = { stations, shown: markers, arrange, fitPopups };
  return controller({ host, container, map, data, singleTrip, route, stops, framing, announce });
}

const ROUTE_MAP_NAME = 'Interactive map of the route';

const wholeRoute = (data: InteractiveMapData): L.LatLngBounds =>
  L.latLngBounds(data.route.stops.map((stop) => toLatLng(stop.position)));

interface RouteMapParts {
  host: HTMLElement;
  container: HTMLElement;
  map: L.Map;
  data: InteractiveMapData;
  singleTrip: Trip | undefined;
  route: RouteLayers;
  stops: {
    /** The rail route's stations (a trip's places, on a trip's own map). */
    stations: StopMarkers;
    /** The stops on the map now, by place id. */
    shown: StopMarkers;
    arrange(): void;
    fitPopups(): void;
  };
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
  stops,
  framing,
  announce,
}: RouteMapParts): RouteMapController {
  let shownTrip: Trip | undefined;
  const onMap = (trip: Trip | undefined): TripOnMap | null =>
    trip ? { slug: trip.slug, title: trip.title, stops: trip.places.map((place) => place.name) } : null;

  /** Takes the stops shown off the map and puts these on instead. */
  const replaceStops = (next: StopMarkers): void => {
    for (const marker of stops.shown.values()) marker.remove();
    stops.shown.clear();
    for (const [id, marker] of next) stops.shown.set(id, marker.addTo(map));
  };

  return {
    focus() {
      container.focus();
    },
    refit() {
      map.invalidateSize({ pan: false });
      framing.fitNow();
    },
    showStop(placeId) {
      const marker = stops.shown.get(placeId);
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
      if (singleTrip) return onMap(singleTrip);
      const trip = slug === null ? undefined : data.trips.find((entry) => entry.slug === slug);
      if (trip === shownTrip) return onMap(trip);
      // A reader who chose in a station's popup would be left on nothing when it goes (once
      // it has faded out): they carry on from the map itself.
      if (container.contains(document.activeElement)) container.focus({ preventScroll: true });
      if (shownTrip) route.trips.get(shownTrip.slug)?.remove();
      shownTrip = trip;
      // The trip's places take the stations' place, names and all: none of the rail
      // route's is left to overprint the trip's or to stand where the trip never went.
      const next = trip ? addTripPlaceMarkers(map, data, trip) : stops.stations;
      replaceStops(next);
      const layer = trip ? route.trips.get(trip.slug) : undefined;
      layer?.addTo(map);
      host.classList.toggle('route-map--trip-shown', trip !== undefined);
      container.setAttribute('aria-label', trip ? `Interactive map of the trip: ${trip.title}` : ROUTE_MAP_NAME);
      const fitButton = container.querySelector('.map-fit__button');
      if (fitButton) fitButton.textContent = trip ? 'Fit whole trip' : 'Fit whole route';
      announce(trip ? `The map shows the trip: ${trip.title}` : 'The map shows the whole rail route');
      stops.fitPopups();
      stops.arrange();
      framing.focusOn(layer ? layer.getBounds() : wholeRoute(data));
      // At once, as on the map's first drawing: names placed during a zoom's animation were
      // sometimes measured where the stops had been, and ran over each other once it ended.
      framing.fitNow();
      return onMap(trip);
    },
  };
}
