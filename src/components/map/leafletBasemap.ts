/**
 * The basemap under the interactive map: land, coastlines and borders from the site's
 * own Natural Earth files. Only one file is drawn at a time, the most detailed one that
 * suits the zoom and covers the centre of the view; each is fetched the first time it
 * is needed, so a reader who never zooms out never downloads the world.
 */
import L from 'leaflet';
import type { BasemapLayer } from '../../lib/geo/basemap.ts';
import type { InteractiveMapData } from '../../lib/geo/interactiveMapData.ts';

type BasemapFile = InteractiveMapData['basemaps'][number];

const swap = (rings: Array<Array<[number, number]>>): L.LatLngTuple[][] =>
  rings.map((ring) => ring.map(([longitude, latitude]): L.LatLngTuple => [latitude, longitude]));

const boundsOf = (file: BasemapFile): L.LatLngBounds =>
  L.latLngBounds([file.bounds.south, file.bounds.west], [file.bounds.north, file.bounds.east]);

async function loadLayer(file: BasemapFile, pane: string): Promise<L.Layer> {
  const response = await fetch(file.url);
  if (!response.ok) throw new Error(`The basemap ${file.url} did not load (${response.status}).`);
  const data = (await response.json()) as BasemapLayer;
  return L.layerGroup([
    // One polygon with every ring, filled even-odd, keeps lakes as holes.
    L.polygon(swap(data.land), {
      className: 'map-land',
      interactive: false,
      fillRule: 'evenodd',
      smoothFactor: 0.6,
      pane,
    }),
    L.polyline(swap(data.borders), { className: 'map-border', interactive: false, pane }),
  ]);
}

export function createBasemap(map: L.Map, files: ReadonlyArray<BasemapFile>): void {
  // Below the route and markers (overlayPane is at z-index 400).
  map.createPane('basemap').classList.add('map-basemap-pane');
  const loaded = new Map<string, Promise<L.Layer>>();
  let shown: L.Layer | undefined;
  // A later pan or zoom may finish first; only the newest request draws.
  let latest = 0;

  const update = async (): Promise<void> => {
    const request = ++latest;
    const zoom = map.getZoom();
    const centre = map.getCenter();
    for (const file of files) {
      if (zoom < file.minZoom) continue;
      if (!boundsOf(file).contains(centre) && file !== files.at(-1)) continue;
      let pending = loaded.get(file.id);
      if (!pending) {
        pending = loadLayer(file, 'basemap');
        loaded.set(file.id, pending);
      }
      const layer = await pending;
      if (request !== latest) return;
      if (layer !== shown) {
        shown?.remove();
        shown = layer.addTo(map);
      }
      return;
    }
  };
  map.on('zoomend moveend', () => void update());
  void update();
}
