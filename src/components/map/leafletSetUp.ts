/**
 * What every live map of the site starts from, so the route map and the story map behave
 * alike: its stylesheet, linked only when a map loads; one Leaflet map with vector layers,
 * no animation when the reader asks for reduced motion, cooperative gestures (a swipe or
 * the wheel scrolls the page) and the basemap's credit.
 */
import L from 'leaflet';
// Linked by hand when a map loads: a plain CSS import would be hoisted into the page by the
// build and fetched before any map is near the viewport.
import stylesheetUrl from './leafletRouteMap.css?url';
import { cooperativeGestures } from './cooperativeGestures.ts';
import type { LngLat } from '../../lib/geo/lngLat.ts';
import { liveMapSizeProperties } from '../../lib/mapLayout/markSizes.ts';

export const toLatLng = ([longitude, latitude]: LngLat): L.LatLngTuple => [latitude, longitude];

/** Whether maps may animate: not when the reader has asked for reduced motion. */
export const motionAllowed = (): boolean => !matchMedia('(prefers-reduced-motion: reduce)').matches;

export function loadMapStylesheet(): Promise<void> {
  if (document.querySelector(`link[href="${stylesheetUrl}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheetUrl;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`The map's stylesheet ${stylesheetUrl} did not load.`)));
    document.head.append(link);
  });
}

/** A Leaflet map in `container`, with the options every map of the site shares and `more`. */
export function createLeafletMap(container: HTMLElement, more: L.MapOptions = {}): L.Map {
  // The stylesheet draws the stops and their names at the sizes the layout reckons with.
  for (const [property, value] of Object.entries(liveMapSizeProperties())) container.style.setProperty(property, value);
  const motion = motionAllowed();
  const map = L.map(container, {
    zoomSnap: 0.1,
    // Wide enough for Kim Il Sung's 1984 journey across Eurasia to Berlin on a phone: at zoom 2
    // a 358 px map spans about 125 degrees, less than that trip with room round it.
    minZoom: 1,
    maxZoom: 11,
    zoomAnimation: motion,
    fadeAnimation: motion,
    markerZoomAnimation: motion,
    inertia: motion,
    renderer: L.svg({ padding: 0.3 }),
    attributionControl: false,
    ...more,
  });
  cooperativeGestures(container);
  L.control.attribution({ prefix: false }).addAttribution('Basemap: Natural Earth').addTo(map);
  return map;
}
