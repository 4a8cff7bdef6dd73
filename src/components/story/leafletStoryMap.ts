/**
 * The live map of a day-by-day story, loaded by <day-by-day> once the reader moves on from
 * the first stage. The same Leaflet, basemap, stylesheet and cooperative gestures as the
 * route map; what it draws comes from the page (each stage's own slice of the route), so
 * the line travelled so far is the stages' lines up to the current one.
 */
import L from 'leaflet';
import { createBasemap } from '../map/leafletBasemap.ts';
import { createLeafletMap, loadMapStylesheet, motionAllowed, toLatLng } from '../map/leafletSetUp.ts';
import type { InteractiveMapData } from '../../lib/geo/interactiveMapData.ts';
import type { ClientStage } from '../../lib/story/storyModel.ts';
import { LIVE_MAP } from '../../lib/mapLayout/markSizes.ts';

export interface StoryMapData {
  stages: ClientStage[];
  basemaps: InteractiveMapData['basemaps'];
}

export interface StoryMapController {
  /** Frames the stage, draws the line travelled by its end and moves the train there. */
  show(index: number, animate: boolean): void;
}

export async function createStoryMap(frame: HTMLElement, data: StoryMapData): Promise<StoryMapController> {
  await loadMapStylesheet();
  const motion = motionAllowed();
  const container = document.createElement('div');
  container.className = 'route-map__leaflet';
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', 'Map of the journey, following the story');
  frame.append(container);
  const map = createLeafletMap(container);
  L.control.scale({ metric: true, imperial: false, position: 'bottomright' }).addTo(map);

  const travelled = L.polyline([], { className: 'map-route', interactive: false }).addTo(map);
  const places = L.layerGroup().addTo(map);
  const train = L.circleMarker([0, 0], {
    radius: LIVE_MAP.trainRadius,
    className: 'map-story-train',
    interactive: false,
  }).addTo(map);
  // The name sits on the side of the dot with more of the frame: a train at the east end of
  // its stage (Komsomolsk-on-Amur) is named to the left, or the name would run off the map.
  const nameTrain = (stage: ClientStage): void => {
    const east = stage.position[0] > (stage.frame.west + stage.frame.east) / 2;
    train.unbindTooltip().bindTooltip(stage.placeName, {
      permanent: true,
      direction: east ? 'left' : 'right',
      offset: [east ? -LIVE_MAP.trainRadius : LIVE_MAP.trainRadius, 0],
      className: 'map-trip-label',
    });
  };

  const boundsOf = (stage: ClientStage): L.LatLngBounds =>
    L.latLngBounds([stage.frame.south, stage.frame.west], [stage.frame.north, stage.frame.east]);

  // What the map shows, on the frame, as Leaflet reports it: for tests and for anyone
  // checking the map against the story without reading Leaflet's internals. data-view-stage
  // names the stage only once the view has come to rest framing it.
  let shown = -1;
  let zooming = false;
  const report = (): void => {
    const centre = map.getCenter();
    frame.dataset['center'] = `${centre.lat.toFixed(3)},${centre.lng.toFixed(3)}`;
    frame.dataset['zoom'] = map.getZoom().toFixed(2);
    const stage = data.stages[shown];
    const target = stage && boundsOf(stage);
    // Centred on the stage too: a view that merely contains the stage at a like zoom (the
    // stage before, when Leaflet has not moved yet) is not framing it.
    const framed =
      target !== undefined &&
      !zooming &&
      map.getBounds().pad(0.01).contains(target) &&
      Math.abs(map.getZoom() - map.getBoundsZoom(target)) < 0.05 &&
      map
        .latLngToContainerPoint(target.getSouthWest())
        .add(map.latLngToContainerPoint(target.getNorthEast()))
        .divideBy(2)
        .distanceTo(map.getSize().divideBy(2)) < 4;
    frame.dataset['viewStage'] = framed ? stage!.id : '';
  };
  map.on('moveend', report);

  // Leaflet ignores a new view asked for while it animates a zoom: a reader scrolling fast
  // would leave the map on a stage they have passed. The current stage is framed once it ends.
  let reframe = false;
  const frameStage = (animate: boolean): void => {
    const stage = data.stages[shown];
    if (!stage) return;
    if (zooming) {
      reframe = true;
      return;
    }
    map.fitBounds(boundsOf(stage), { animate: animate && motion });
  };
  map.on('zoomanim', () => (zooming = true));
  map.on('zoomend', () => {
    zooming = false;
    if (!reframe) return;
    reframe = false;
    frameStage(true);
  });
  const show = (index: number, animate: boolean): void => {
    const stage = data.stages[index];
    if (!stage || index === shown) return;
    shown = index;
    const lines = data.stages
      .slice(0, index + 1)
      .filter((each) => each.line.length > 0)
      .map((each) => each.line.map(toLatLng));
    travelled.setLatLngs(lines);
    places.clearLayers();
    const first = data.stages[0]!.line[0];
    for (const point of [...(first ? [first] : []), ...data.stages.slice(0, index).map((each) => each.position)]) {
      L.circleMarker(toLatLng(point), {
        radius: LIVE_MAP.passedRadius,
        className: 'map-story-place',
        interactive: false,
      }).addTo(places);
    }
    train.setLatLng(toLatLng(stage.position));
    nameTrain(stage);
    train.bringToFront();
    frame.dataset['train'] = `${stage.position[1]},${stage.position[0]}`;
    frame.dataset['travelledPoints'] = String(lines.reduce((sum, line) => sum + line.length, 0));
    frame.dataset['stage'] = stage.id;
    frameStage(animate);
  };

  // The box changes size when a phone turns or its address bar shows or hides: keep the stage framed.
  new ResizeObserver(() => {
    map.invalidateSize({ pan: false });
    frameStage(false);
  }).observe(container);
  map.fitBounds(boundsOf(data.stages[0]!), { animate: false });
  createBasemap(map, data.basemaps);
  frame.dataset['ready'] = 'true';
  return { show };
}
