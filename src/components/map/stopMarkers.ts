/**
 * The parts of the route map a reader touches: each stop's marker (a 24 px target with its
 * dot and its names) and its popup (distances, the source, a copy-link control and the trips
 * through the place), the room popups may take, and the map box's name and instructions
 * for screen readers. Plain DOM,
 * built here so the map module itself only assembles layers and frames the view.
 */
import L from 'leaflet';
import type { LabelPlacement } from '../../lib/mapLayout/labelSides.ts';
import { LIVE_MAP, NAME_LINE_EM } from '../../lib/mapLayout/markSizes.ts';
import type { StopRow, TripLines } from '../../lib/geo/routeMapData.ts';
import { describeDistance } from '../../lib/geo/formatDistance.ts';
import { formatDuration } from '../../lib/geo/travelTime.ts';
import { formatPartialDate, type PartialDate } from '../../lib/dates/partialDate.ts';
import { sectionUrl } from '../../lib/site/sectionUrl.ts';
import { passageAnchor } from '../../lib/citations/citationRegistry.ts';

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function stopIcon(
  name: string,
  nativeName: string | undefined,
  nativeLang: string | undefined,
  placement: LabelPlacement,
): L.DivIcon {
  const html = element('span', 'map-stop__inner');
  html.append(element('span', 'map-stop__dot'));
  const label = element('span', 'map-stop__label', name);
  // A nudge in lines of text; setting style from script is allowed by the page's CSP.
  label.style.marginTop = `${placement.shift * NAME_LINE_EM}em`;
  if (nativeName) {
    const native = element('span', 'map-stop__native', nativeName);
    if (nativeLang) native.lang = nativeLang;
    label.append(native);
  }
  html.append(label);
  // The least touch target WCAG 2.5.8 allows; the dot drawn inside it stays small.
  return L.divIcon({
    className: `map-stop map-stop--${placement.side}`,
    html,
    iconSize: [LIVE_MAP.stopTarget, LIVE_MAP.stopTarget],
    iconAnchor: [LIVE_MAP.stopTarget / 2, LIVE_MAP.stopTarget / 2],
  });
}

/**
 * "Copy link to this stop": the address of the stop's row, which also opens the map on it.
 * Copies without moving the page; where there is no clipboard it is an ordinary link.
 */
function copyLinkTo(id: string): HTMLElement {
  const line = element('p', 'map-popup__copy');
  const link = element('a', 'map-popup__copy-link', 'Copy link to this stop');
  link.href = `#${id}`;
  link.target = '_self';
  const status = element('span', 'map-popup__status');
  status.setAttribute('role', 'status');
  link.addEventListener('click', (event) => {
    if (!navigator.clipboard) return;
    event.preventDefault();
    navigator.clipboard.writeText(sectionUrl(location.href, id)).then(
      () => (status.textContent = 'Link copied'),
      () => (status.textContent = 'Copy the address from the address bar'),
    );
  });
  line.append(link, ' ', status);
  return line;
}

export function popupFor(
  stop: StopRow,
  trips: ReadonlyArray<TripLines>,
  onTripChosen: (slug: string) => void,
): HTMLElement {
  const box = element('div', 'map-popup');
  box.tabIndex = -1;
  const title = element('p', 'map-popup__title', stop.name.en);
  if (stop.nativeName) {
    const native = element('span', 'map-popup__native', ` ${stop.nativeName}`);
    if (stop.nativeLang) native.lang = stop.nativeLang;
    title.append(native);
  }
  box.append(title);
  if (stop.legFrom !== null) {
    box.append(
      element(
        'p',
        'map-popup__figures',
        [
          `${describeDistance(stop.legDistance)} from ${stop.legFromName}`,
          // From the first stop the leg is the whole way: said once.
          ...(describeDistance(stop.legDistance) === describeDistance(stop.cumulative)
            ? []
            : [`${describeDistance(stop.cumulative)} in all`]),
          `about ${formatDuration(stop.cumulativeHours)} at 50 km/h (estimate)`,
        ].join(' · '),
      ),
    );
  } else {
    box.append(element('p', 'map-popup__figures', 'Start of the line'));
  }
  const date = dateLabel(stop.date);
  if (date) box.append(element('p', 'map-popup__date', date));
  if (stop.note) box.append(element('p', 'map-popup__note', stop.note));
  if (stop.passage) {
    const link = element('a', 'map-popup__source', 'What the source says');
    link.href = stop.passageHref ?? `/sources/#${passageAnchor(stop.passage)}`;
    box.append(link);
  }
  box.append(copyLinkTo(`stop-${stop.id}`));
  const through = trips.filter((trip) => trip.places.some((place) => place.id === stop.id));
  if (through.length > 0) {
    // A place many trips pass through gets a compact list: the titles alone, and the verb
    // once, in each button's name for screen readers.
    box.append(
      element(
        'p',
        'map-popup__trips-label',
        through.length === 1 ? 'Show the trip through here:' : `Show one of the ${through.length} trips through here:`,
      ),
    );
    const list = element('ul', 'map-popup__trips');
    for (const trip of through) {
      const button = element('button', 'map-popup__trip');
      button.append(element('span', 'visually-hidden', 'Show trip: '), trip.title);
      button.type = 'button';
      button.addEventListener('click', () => onTripChosen(trip.slug));
      const item = element('li', '');
      item.append(button);
      list.append(item);
    }
    box.append(list);
  }
  return box;
}

/** "13 September 2023" for a stop's date, as precisely as it is known. */
export function dateLabel(date: PartialDate | undefined): string | undefined {
  return date === undefined ? undefined : formatPartialDate(date);
}

let mapCount = 0;

/**
 * Leaflet's focusable map box has no role or name of its own, and Chrome would name it
 * with every label inside it. A region with a short name, and the keys in its description.
 */
export function describeForScreenReaders(host: HTMLElement, container: HTMLElement, name: string): void {
  mapCount += 1;
  const instructions = element(
    'p',
    'visually-hidden',
    'Arrow keys move the map, plus and minus zoom. Tab reaches the stops; Enter opens one, Escape closes it.',
  );
  instructions.id = `route-map-keys-${mapCount}`;
  host.append(instructions);
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', name);
  container.setAttribute('aria-describedby', instructions.id);
}

/**
 * Popups open whole, between the controls at the top and those at the bottom: the
 * auto-pan keeps them clear of both, and content taller than the room left scrolls
 * inside. Measured from the controls as drawn, and again whenever the map's size changes.
 */
export function fitPopupsToRoom(container: HTMLElement, markers: Iterable<L.Marker>): void {
  const frame = container.getBoundingClientRect();
  let top = 0;
  let bottom = 0;
  for (const control of container.querySelectorAll('.leaflet-top .leaflet-control')) {
    top = Math.max(top, control.getBoundingClientRect().bottom - frame.top);
  }
  for (const control of container.querySelectorAll('.leaflet-bottom .leaflet-control')) {
    bottom = Math.max(bottom, frame.bottom - control.getBoundingClientRect().top);
  }
  const margin = 8;
  // The popup's own padding (2 × 12 px), its tip (20 px) and a little air.
  const chrome = 24 + 20 + margin;
  for (const marker of markers) {
    const popup = marker.getPopup();
    if (!popup) continue;
    Object.assign(popup.options, {
      autoPanPaddingTopLeft: L.point(margin, top + margin),
      autoPanPaddingBottomRight: L.point(margin, bottom + margin),
      maxHeight: Math.max(96, Math.floor(frame.height - top - bottom - 2 * margin - chrome)),
      maxWidth: Math.max(160, Math.min(260, Math.floor(frame.width - 2 * margin - 40))),
    } satisfies L.PopupOptions);
  }
}
