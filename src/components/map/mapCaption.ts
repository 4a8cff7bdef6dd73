/**
 * The words round the route map that say what it shows: its heading (which names the figure
 * and the section it heads), the summary under it, and the list of its stops or the stop
 * table. While a trip is chosen they all speak of that trip, the summary giving way to a link
 * to the trip's page and, where the page lists the trips, one back to its entry; when the
 * choice is cleared, they are as the page was built. Plain DOM, driven by <route-map>.
 */
import { tripAnchorId, tripPagePath } from '../../lib/trips/tripAddresses.ts';

/** A trip as the caption tells it: its title, and its places by name in travel order. */
export interface TripOnMap {
  slug: string;
  title: string;
  stops: readonly string[];
}

export interface MapCaption {
  /** The map's heading, where a reader taken to the map lands; absent where the page's own headline introduces it. */
  heading: HTMLElement | null;
  show(trip: TripOnMap | null): void;
}

export function mapCaption(host: HTMLElement): MapCaption {
  const panel = host.closest<HTMLElement>('.route-map-panel') ?? host;
  const figure = host.closest('figure');
  const find = <T extends HTMLElement>(selector: string): T | null => panel.querySelector<T>(selector);
  const heading = find<HTMLElement>('[data-map-title]');
  const summary = find<HTMLElement>('[data-route-summary]');
  const tripLinks = find<HTMLElement>('[data-trip-links]');
  const tripPage = find<HTMLAnchorElement>('a[data-trip-page]');
  const backToList = find<HTMLAnchorElement>('a[data-back-to-list]');
  const stopTable = find<HTMLElement>('[data-route-stop-table]');
  const stopList = find<HTMLElement>('[data-stop-list]');
  const stopItems = stopList?.querySelector('ol');
  // What the legend and notes say of the rail route alone, and what they say of a trip instead.
  const routeOnly = [...panel.querySelectorAll<HTMLElement>('[data-route-only]')];
  const tripOnly = [...panel.querySelectorAll<HTMLElement>('[data-trip-only]')];

  // The rail route, as built: what clearing the choice brings back.
  const route = {
    title: heading?.textContent.trim() ?? '',
    figureLabel: figure?.getAttribute('aria-label') ?? null,
    listHidden: stopList?.hidden ?? true,
    stops: [...(stopItems?.children ?? [])].map((item) => item.cloneNode(true)),
  };

  backToList?.addEventListener('click', (event) => {
    const entry = document.getElementById(backToList.hash.slice(1));
    if (!entry) return;
    event.preventDefault();
    // The entry's first control is the title the reader chose the trip by.
    const control = entry.querySelector<HTMLElement>('button, a[href]') ?? entry;
    control.focus({ preventScroll: true });
    control.scrollIntoView({ block: 'center' });
  });

  return {
    heading,
    show(trip) {
      if (heading) heading.textContent = trip?.title ?? route.title;
      else if (figure && trip) figure.setAttribute('aria-label', trip.title);
      else if (figure && route.figureLabel !== null) figure.setAttribute('aria-label', route.figureLabel);
      if (summary) summary.hidden = trip !== null;
      if (tripLinks) tripLinks.hidden = trip === null;
      if (trip && tripPage) tripPage.href = tripPagePath(trip.slug);
      if (backToList) {
        const entryId = trip ? tripAnchorId(trip.slug) : '';
        backToList.hidden = !trip || document.getElementById(entryId) === null;
        if (trip) backToList.hash = entryId;
      }
      if (stopTable) stopTable.hidden = trip !== null;
      for (const element of routeOnly) element.hidden = trip !== null;
      for (const element of tripOnly) element.hidden = trip === null;
      if (stopList) stopList.hidden = trip ? false : route.listHidden;
      stopItems?.replaceChildren(
        ...(trip
          ? trip.stops.map((name) => {
              const item = document.createElement('li');
              item.textContent = name;
              return item;
            })
          : route.stops.map((item) => item.cloneNode(true))),
      );
    },
  };
}
