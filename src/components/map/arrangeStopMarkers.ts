/**
 * Keeps the map's stops readable and tappable at every zoom. At the starting zoom on a
 * phone, Khasan and Tumangang (a few kilometres apart, on either side of the Tumen) fell on
 * the same pixels and a tap meant for one opened the other; their names ran over each other.
 *
 * - Dots closer than a touch target and a little air are drawn moved apart (spreadWithin),
 *   each with a leader line back to where the place is. Only what is drawn moves: each
 *   marker keeps its true position, so framing, popups and #stop links are unchanged. The
 *   CSS `translate` property is used because it adds to the transform Leaflet positions
 *   the marker with. No dot moves farther than that gap: in a crowd too thick to spread
 *   (Europe on a phone's map of the 1984 tour) the less important stops, and a place's near
 *   twin before a place apart, are set aside until the reader zooms in (spreadDots); the
 *   list under the map names them.
 * - Each name then takes the side of its dot the build chose for it, or the other side, or
 *   above or below the dot, whichever comes first that does not run into a name already
 *   placed, a dot, a control or the frame's edge (the rule every map of the site shares:
 *   chooseLabelSides). A name with room nowhere is hidden until the reader zooms in; the
 *   stop keeps its name for screen readers and in its popup, and the table below the map
 *   lists every stop. The major stops' names are placed first and may run over a minor
 *   stop's dot, so the places the journey is told by keep theirs.
 */
import type L from 'leaflet';
import { spreadWithin } from '../../lib/mapLayout/spreadPoints.ts';
import {
  chooseLabelSides,
  insetFrame,
  overlaps,
  type LabelSide,
  type SideBeside,
} from '../../lib/mapLayout/labelSides.ts';
import { areaLabelsToShow } from '../../lib/mapLayout/areaLabelsToShow.ts';

const SIDES = ['left', 'right', 'above', 'below'].map((side) => `map-stop--${side}`);

/**
 * Spreads the dots apart, and returns those there is no room for near their places at this
 * zoom: the higher `rank` kept first (spreadWithin).
 */
function spreadDots(map: L.Map, drawn: L.Marker[], gap: number, rank: (marker: L.Marker) => number): Set<L.Marker> {
  const offsets = spreadWithin(
    drawn.map((marker) => map.latLngToContainerPoint(marker.getLatLng())),
    gap,
    gap,
    drawn.map(rank),
  );
  const setAside = new Set<L.Marker>();
  for (const [index, marker] of drawn.entries()) {
    const icon = marker.getElement()!;
    const offset = offsets[index];
    icon.classList.toggle('map-stop--crowded', offset === null);
    if (offset === null) setAside.add(marker);
    // Whole pixels, so that the 24 px target is not measured a hair short.
    const dx = Math.round(offset?.dx ?? 0);
    const dy = Math.round(offset?.dy ?? 0);
    const moved = dx !== 0 || dy !== 0;
    icon.style.translate = moved ? `${dx}px ${dy}px` : '';
    let leader = icon.querySelector<HTMLElement>('.map-stop__leader');
    if (!moved) {
      leader?.remove();
      continue;
    }
    if (!leader) {
      leader = document.createElement('span');
      leader.className = 'map-stop__leader';
      leader.setAttribute('aria-hidden', 'true');
      icon.querySelector('.map-stop__inner')?.prepend(leader);
    }
    // From the dot's centre back to the place: the way back is (−dx, −dy).
    leader.style.width = `${Math.hypot(dx, dy).toFixed(1)}px`;
    leader.style.rotate = `${Math.atan2(-dy, -dx)}rad`;
  }
  return setAside;
}

function placeNames(map: L.Map, drawn: L.Marker[], major: (marker: L.Marker) => boolean): void {
  const container = map.getContainer();
  const controls = [...container.querySelectorAll('.leaflet-control')].map((control) =>
    control.getBoundingClientRect(),
  );
  const icons = drawn.map((marker) => marker.getElement()!);
  // Measured before any name moves, as every choice below is made against them.
  const dots = icons.map((icon) => icon.querySelector('.map-stop__dot')!.getBoundingClientRect());
  const targets = icons.map((icon) => icon.getBoundingClientRect());
  const labels = icons.map((icon, index) => {
    const label = icon.querySelector<HTMLElement>('.map-stop__label');
    return {
      preferred: label ? preferredSide(icon) : 'right',
      boxes: label ? measureSides(icon, label) : {},
      dot: dots[index]!,
      target: targets[index]!,
      priority: major(drawn[index]!) ? 1 : 0,
    };
  });
  const choices = chooseLabelSides(labels, insetFrame(container.getBoundingClientRect(), EDGE), controls);
  for (const [index, icon] of icons.entries()) {
    if (!icon.querySelector('.map-stop__label')) continue;
    icon.classList.remove(...SIDES);
    icon.classList.add(`map-stop--${choices[index]!.side}`);
    // A name cut off at the frame's edge reads as another word ("umangang"): better unseen.
    icon.classList.toggle('map-stop--unnamed', !choices[index]!.shown);
  }
}

/** How far in from the map's edge every name keeps, so that no letter is cut by it. */
const EDGE = 3;

/** Seas and countries give way to the stops' names and dots, and to the map's edge. */
function clearAreaLabels(container: HTMLElement): void {
  const onShow = '.map-stop:not(.map-stop--crowded)';
  const names = [...container.querySelectorAll<HTMLElement>(`${onShow}:not(.map-stop--unnamed) .map-stop__label`)];
  const dots = [...container.querySelectorAll<HTMLElement>(`${onShow} .map-stop__dot`)];
  const taken = [...names, ...dots].map((element) => element.getBoundingClientRect());
  const areas = [...container.querySelectorAll<HTMLElement>('.map-area-label')];
  const texts = areas.map((area) => area.querySelector('.map-area-label__text')!.getBoundingClientRect());
  const shown = areaLabelsToShow(texts, insetFrame(container.getBoundingClientRect(), EDGE), taken);
  areas.forEach((area, index) => area.classList.toggle('map-area-label--hidden', !shown[index]));
}

/** The side the build chose, remembered before this first moves the name. */
function preferredSide(icon: HTMLElement): SideBeside {
  return (icon.dataset['side'] ??= icon.classList.contains('map-stop--left') ? 'left' : 'right') as SideBeside;
}

/** Where the stop's name is drawn on each side of its dot, measured by putting it there. */
function measureSides(icon: HTMLElement, label: HTMLElement): Record<LabelSide, DOMRect> {
  icon.classList.remove('map-stop--unnamed');
  const boxes = {} as Record<LabelSide, DOMRect>;
  for (const side of ['left', 'right', 'above', 'below'] as const) {
    icon.classList.remove(...SIDES);
    icon.classList.add(`map-stop--${side}`);
    boxes[side] = label.getBoundingClientRect();
  }
  return boxes;
}

/**
 * A stop an open popup covers, even in part, cannot be tapped where it is drawn, and a
 * half-hidden target is smaller than a finger needs. It is set aside (hidden, and out of
 * the tab order) until the popup closes or moves off it: Escape or the close button
 * brings it back.
 */
function setAsideCovered(drawn: L.Marker[]): void {
  const opener = drawn.find((marker) => marker.isPopupOpen());
  const popup = opener?.getPopup()?.getElement()?.getBoundingClientRect();
  for (const marker of drawn) {
    const icon = marker.getElement()!;
    const covered = popup !== undefined && marker !== opener && overlaps(icon.getBoundingClientRect(), popup);
    icon.classList.toggle('map-stop--covered', covered);
  }
}

/**
 * Spreads and names the markers now and after every zoom or move. Major stops' names are
 * placed first, in the order given. `markers` is asked each time, as the stops shown change
 * when a trip is chosen; only those on the map are arranged.
 */
export function arrangeStopMarkers(
  map: L.Map,
  markers: () => Iterable<L.Marker>,
  major: (marker: L.Marker) => boolean,
  gap: number,
): () => void {
  const arrange = (): void => {
    const inOrder = [...markers()].filter((marker) => marker.getElement() !== undefined && map.hasLayer(marker));
    const drawn = [...inOrder].sort((a, b) => Number(major(b)) - Number(major(a)));
    // In a crowd, the major stops keep their dots first, and of each kind the first and the
    // last (where the journey starts and where it goes): never the ends of the line set aside.
    const ends = new Set([inOrder[0], inOrder.at(-1)]);
    const crowded = spreadDots(map, drawn, gap, (marker) => 2 * Number(major(marker)) + Number(ends.has(marker)));
    const shown = drawn.filter((marker) => !crowded.has(marker));
    placeNames(map, shown, major);
    clearAreaLabels(map.getContainer());
    setAsideCovered(drawn);
  };
  map.on('zoomend moveend viewreset resize popupopen', arrange);
  // Leaflet says a popup is closing while it is still open: look once it has gone.
  map.on('popupclose', () => setTimeout(arrange));
  arrange();
  return arrange;
}
