/**
 * <route-map>: swaps the static SVG map for an interactive Leaflet map when the element
 * comes within about a screen of the viewport. Until then nothing of Leaflet, its CSS or
 * the map data is fetched; without JavaScript the static map and the stop table remain.
 *
 * Attributes (set by RouteMap.astro):
 *   data-src   the JSON the map draws (/map-data/routes.json)
 *   data-trip  a trip slug: show that one trip only (trip pages)
 *
 * Contract with the timeline (and anything else on the page) — the 'trip-select' event:
 *   A bubbling CustomEvent named 'trip-select', dispatched on document, with
 *     detail: { slug: string | null; origin: 'map' | 'timeline' | 'url' }
 *   slug is a trip's slug from content/trips/, or null for "no trip chosen".
 *   - The map listens on document. On a trip-select whose origin is not 'map' it shows
 *     that trip's route, fitted to the view, with the rail line and other trips dimmed;
 *     slug null brings back the rail route. An event that arrives before the map has
 *     loaded is remembered and applied once it has.
 *   - When the reader chooses a trip on the map (its line, or a trip listed in a
 *     station's popup), the map dispatches trip-select with origin 'map'. It never
 *     re-dispatches events it receives, so two listeners cannot loop.
 *   - The URL belongs to the timeline, which dispatches with origin 'url' on load.
 *     The map reads only #stop-<place id>, which opens the map on that stop.
 *   The event's shape and its guard live in src/lib/trips/tripSelectEvent.ts.
 */
import type { RouteMapController } from './leafletRouteMap.ts';
import { createTripSelectEvent, readTripSelectDetail, TRIP_SELECT_EVENT } from '../../lib/trips/tripSelectEvent.ts';

/**
 * How far outside the viewport loading starts, so the map is ready when it scrolls in.
 * Kept to about a quarter of a phone screen: a wider margin reaches the home page's map
 * on first paint at 390 px and so loads Leaflet for readers who never scroll to it.
 */
const LOAD_MARGIN = '200px 0px';
const STOP_HASH = /^#stop-([a-z0-9-]+)$/;

class RouteMapElement extends HTMLElement {
  #observer: IntersectionObserver | undefined;
  #controller: Promise<RouteMapController> | undefined;
  #selectedTrip: string | null | undefined;

  connectedCallback(): void {
    document.addEventListener(TRIP_SELECT_EVENT, this.#onTripSelect);
    window.addEventListener('hashchange', this.#onHashChange);
    if (STOP_HASH.test(location.hash)) {
      this.#onHashChange();
      return;
    }
    if (!('IntersectionObserver' in window)) {
      void this.#load();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.#load();
      },
      { rootMargin: LOAD_MARGIN },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    document.removeEventListener(TRIP_SELECT_EVENT, this.#onTripSelect);
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  #load(): Promise<RouteMapController> {
    this.#observer?.disconnect();
    this.#controller ??= import('./leafletRouteMap.ts').then(async ({ createRouteMap }) => {
      const controller = await createRouteMap(this, {
        src: this.dataset['src'] ?? '/map-data/routes.json',
        trip: this.dataset['trip'],
        onTripChosen: (slug) => document.dispatchEvent(createTripSelectEvent({ slug, origin: 'map' })),
      });
      if (this.#selectedTrip !== undefined) controller.showTrip(this.#selectedTrip);
      return controller;
    });
    return this.#controller;
  }

  #onTripSelect = (event: Event): void => {
    const detail = readTripSelectDetail(event);
    if (!detail || detail.origin === 'map' || this.dataset['trip']) return;
    this.#selectedTrip = detail.slug;
    void this.#controller?.then((controller) => controller.showTrip(detail.slug));
  };

  #onHashChange = (): void => {
    const match = STOP_HASH.exec(location.hash);
    if (!match) return;
    const stop = match[1]!;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    // Once the map is drawn, after the browser has scrolled to the stop's row in the table.
    void this.#load().then((controller) => {
      this.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
      controller.showStop(stop);
    });
  };
}

if (!customElements.get('route-map')) customElements.define('route-map', RouteMapElement);
