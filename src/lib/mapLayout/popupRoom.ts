/**
 * The lowest zoom at which a popup opened over a point has room inside the world.
 *
 * A map cannot pan past the edge of the world, so a popup over a stop near it (the east end
 * of a trip that crosses Eurasia, opened at the low zoom such a trip is framed at on a phone)
 * cannot be panned into view. The map zooms in on the stop first, to where it can.
 *
 * In Web Mercator a point's place as a fraction of the world's width and height is the same
 * at every zoom, and the world is `tileSize`·2^zoom pixels across, so the room round the point
 * grows with 2^zoom.
 */
export interface PopupRoom {
  /** Pixels the popup needs above its point: its height, its tip and the controls' margin. */
  above: number;
  /** Pixels it needs to each side of its point: half its width and a margin. */
  beside: number;
}

export function zoomWithRoomForPopup(
  /** The point's place in the world, 0..1 from the west edge and from the north edge. */
  fraction: { x: number; y: number },
  room: PopupRoom,
  zoom: number,
  tileSize = 256,
): number {
  const worldNeeded = Math.max(room.above / fraction.y, room.beside / fraction.x, room.beside / (1 - fraction.x));
  return Math.max(zoom, Math.ceil(Math.log2(worldNeeded / tileSize)));
}
