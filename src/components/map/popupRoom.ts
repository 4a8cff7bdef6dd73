/**
 * A popup that panning cannot bring into view, because its stop is too near the edge of the
 * world at this zoom, gets room by zooming in on the stop (src/lib/mapLayout/popupRoom.ts).
 */
import type L from 'leaflet';
import { zoomWithRoomForPopup } from '../../lib/mapLayout/popupRoom.ts';

const paddingOf = (padding: L.PointExpression | undefined): { x: number; y: number } =>
  padding === undefined ? { x: 5, y: 5 } : Array.isArray(padding) ? { x: padding[0], y: padding[1] } : padding;

export function makeRoomForPopups(map: L.Map, animate: boolean): void {
  map.on('popupopen', ({ popup }) => {
    const element = popup.getElement();
    const at = popup.getLatLng();
    if (!element || !at) return;
    const world = map.getPixelWorldBounds();
    const point = map.project(at);
    const size = world.getSize();
    const padding = paddingOf(popup.options.autoPanPaddingTopLeft ?? popup.options.autoPanPadding);
    // Measured as drawn: the popup's tip, its margin and the marker's anchor all count.
    const top = element.getBoundingClientRect().top - map.getContainer().getBoundingClientRect().top;
    const above = map.latLngToContainerPoint(at).y - top + padding.y;
    const zoom = Math.min(
      map.getMaxZoom(),
      zoomWithRoomForPopup(
        { x: (point.x - world.min!.x) / size.x, y: (point.y - world.min!.y) / size.y },
        { above, beside: element.offsetWidth / 2 + padding.x },
        map.getZoom(),
      ),
    );
    if (zoom <= map.getZoom()) return;
    // The stop below the middle of the map by as much as the popup needs above it, so the
    // popup opens whole where the view lands (its auto-pan has already run, and stopped at
    // the world's edge).
    const target = map.project(at, zoom);
    const centre = target.subtract([0, Math.max(0, above - map.getSize().y / 2)]);
    map.setView(map.unproject(centre, zoom), zoom, { animate });
  });
}
