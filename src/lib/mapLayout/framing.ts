/**
 * How every map of the site frames what it must show.
 *
 * - framedBounds: a share of the span round it, and more on the east, where most place
 *   names sit (right of their dots). The build-time drawings (static map, story) and the
 *   live map all frame with it, so the one replaces the other without the view jumping.
 * - cardFramedBounds: the social card's narrow panel, whose inset leaves the names their
 *   room, so the route itself gets only a little round it.
 * - paddingForNames: on the live map, screen pixels on top of that share for the names at
 *   the frame's edges and for the buttons over the top of the map. A share of the span is
 *   less, on a phone, than a name like "Komsomolsk-on-Amur" takes beside its dot, and a stop
 *   under the zoom and fit buttons could not be tapped.
 * - frameView: the one call the live map makes, from what it shows and what it measured.
 */
import { padBounds, type Bounds } from '../geo/bounds.ts';
import type { LngLat } from '../geo/lngLat.ts';
import type { LabelSide } from './labelSides.ts';

export const FRAME_PADDING = 0.14;
export const EAST_LABEL_ROOM = 0.06;

/** The least a map shows, in degrees: a trip that starts and ends in one city still gets its region. */
export const MIN_SPAN = 3;

export function framedBounds(bounds: Bounds): Bounds {
  const grow = (low: number, high: number): [number, number] => {
    const missing = Math.max(0, MIN_SPAN - (high - low)) / 2;
    return [low - missing, high + missing];
  };
  const [west, east] = grow(bounds.west, bounds.east);
  const [south, north] = grow(bounds.south, bounds.north);
  bounds = { west, east, south, north };
  const width = bounds.east - bounds.west;
  const height = bounds.north - bounds.south;
  return {
    west: bounds.west - width * FRAME_PADDING,
    east: bounds.east + width * (FRAME_PADDING + EAST_LABEL_ROOM),
    south: bounds.south - height * FRAME_PADDING,
    north: bounds.north + height * FRAME_PADDING,
  };
}

/**
 * The least the social card's panel shows, in degrees: a trip that never left one place (Kim
 * Jong Il died on his train in Pyongyang) is framed with the land around it, not blown up to
 * nothing.
 */
const CARD_MIN_SPAN = { longitude: 6, latitude: 4 };

export function cardFramedBounds(bounds: Bounds): Bounds {
  bounds = padBounds(bounds, 0.05);
  const grow = (low: number, high: number, least: number): [number, number] => {
    const middle = (low + high) / 2;
    const half = Math.max(high - low, least) / 2;
    return [middle - half, middle + half];
  };
  const [west, east] = grow(bounds.west, bounds.east, CARD_MIN_SPAN.longitude);
  const [south, north] = grow(bounds.south, bounds.north, CARD_MIN_SPAN.latitude);
  return { west, east, south, north };
}

/**
 * A name is a fixed number of screen pixels wide, but the room the frame leaves beside a
 * dot is in map units and shrinks as padding zooms the map out. The padding is therefore
 * found by repeating: from the scale the padding allows, what each name still lacks, until
 * the two agree. Distances are in the projection's pixels at zoom 0 (Leaflet's
 * `map.project(latLng, 0)`); the scale is screen pixels per such pixel, so a zoom is its
 * base-2 logarithm.
 */
export interface NameReach {
  /** Beside the dot, or how far a name's second line hangs below it. */
  side: Exclude<LabelSide, 'above'>;
  /** Screen pixels the name reaches past its place, on its side. */
  reach: number;
  /** Projected distance from the place to the frame's edge on that side. */
  toEdge: number;
}

export interface FrameToFit {
  /** The map's size on screen. */
  width: number;
  height: number;
  /** The frame's projected size. */
  spanX: number;
  spanY: number;
  names: NameReach[];
  /** Screen pixels taken at the top by controls, and the projected room above what is shown. */
  top?: { taken: number; toEdge: number };
  /** Screen pixels kept clear beyond each name. */
  margin: number;
  /** The most padding a side may take, as a share of the map's size. */
  most: number;
  /** The map's widest zoom, and the steps its zoom moves in. */
  minZoom: number;
  zoomSnap: number;
}

export interface Padding {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const NO_PADDING: Padding = { left: 0, right: 0, top: 0, bottom: 0 };

/** Screen pixels per projected pixel once the padding is taken off the map. */
function scaleLeft(frame: FrameToFit, padding: Padding): number {
  return Math.min(
    (frame.width - padding.left - padding.right) / frame.spanX,
    (frame.height - padding.top - padding.bottom) / frame.spanY,
  );
}

/** The zoom Leaflet fits a frame at (its getBoundsZoom): snapped down, unless within 1% of a step. */
function snappedZoom(scale: number, snap: number): number {
  const zoom = Math.round(Math.log2(scale) / (snap / 100)) * (snap / 100);
  return Math.floor(zoom / snap) * snap;
}

export function paddingForNames(frame: FrameToFit): Padding {
  const cap = (pixels: number, of: number): number => Math.min(Math.max(0, pixels), of * frame.most);
  let padding = NO_PADDING;
  for (let round = 0; round < 12; round += 1) {
    const scale = scaleLeft(frame, padding);
    const lacking = (side: NameReach['side']): number =>
      Math.max(
        0,
        ...frame.names
          .filter((name) => name.side === side)
          .map((name) => name.reach + frame.margin - name.toEdge * scale),
      );
    const next = {
      left: cap(lacking('left'), frame.width),
      right: cap(lacking('right'), frame.width),
      top: frame.top ? cap(frame.top.taken - frame.top.toEdge * scale, frame.height) : 0,
      bottom: cap(lacking('below'), frame.height),
    };
    const settled = (Object.keys(next) as (keyof Padding)[]).every(
      (side) => Math.abs(next[side] - padding[side]) < 0.5,
    );
    padding = next;
    if (settled) break;
  }
  const whole = {
    left: Math.ceil(padding.left),
    right: Math.ceil(padding.right),
    top: Math.ceil(padding.top),
    bottom: Math.ceil(padding.bottom),
  };
  // The whole frame comes before room for names: where that room would need a wider view
  // than the map's widest zoom (Moscow to Khabarovsk on a phone), the names at the edges
  // go unnamed instead, and the trip stays whole.
  return snappedZoom(scaleLeft(frame, whole), frame.zoomSnap) > frame.minZoom ? whole : NO_PADDING;
}

export interface NameOnMap {
  position: LngLat;
  side: NameReach['side'];
  /** Screen pixels the name reaches past its place, on its side. */
  reach: number;
}

export interface ViewToFrame {
  /** What the map must show. */
  focus: Bounds;
  /** Where a place falls in the map's projection at zoom 0. */
  project(position: LngLat): { x: number; y: number };
  width: number;
  height: number;
  /** The names to keep inside the frame; those of places outside the focus are not. */
  names: NameOnMap[];
  /** Screen pixels the controls take at the top of the map, and the half of a stop's target below them. */
  topTaken: number;
  minZoom: number;
  zoomSnap: number;
}

export interface ViewFrame {
  bounds: Bounds;
  padding: Padding;
}

const contains = (bounds: Bounds, [longitude, latitude]: LngLat): boolean =>
  bounds.west <= longitude && longitude <= bounds.east && bounds.south <= latitude && latitude <= bounds.north;

export function frameView(view: ViewToFrame): ViewFrame {
  const bounds = framedBounds(view.focus);
  const northWest = view.project([bounds.west, bounds.north]);
  const southEast = view.project([bounds.east, bounds.south]);
  const toEdge = (side: NameReach['side'], place: { x: number; y: number }): number =>
    side === 'left' ? place.x - northWest.x : side === 'right' ? southEast.x - place.x : southEast.y - place.y;
  const names = view.names
    .filter((name) => contains(view.focus, name.position))
    .map((name) => ({ side: name.side, reach: name.reach, toEdge: toEdge(name.side, view.project(name.position)) }));
  const padding = paddingForNames({
    width: view.width,
    height: view.height,
    spanX: southEast.x - northWest.x,
    spanY: southEast.y - northWest.y,
    names,
    top: { taken: view.topTaken, toEdge: view.project([view.focus.east, view.focus.north]).y - northWest.y },
    margin: 8,
    // Never most of the map: on a 320 px screen the names alone could ask for more room
    // than there is, and Leaflet would then zoom to its closest.
    most: 0.4,
    minZoom: view.minZoom,
    zoomSnap: view.zoomSnap,
  });
  return { bounds, padding };
}
