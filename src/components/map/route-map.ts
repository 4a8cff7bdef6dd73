/**
 * <route-map>: swaps the static SVG map for an interactive Leaflet map when the reader
 * reaches for it: points at it or touches it, focuses or presses its "Explore the map"
 * button, chooses a trip in the timeline, or follows a link to one of its stops. Until
 * then nothing of Leaflet, its CSS or the map data is fetched: the static map already
 * shows the route, and a phone that only reads the page never pays for ~50 kB of script
 * and its start-up work. Without JavaScript the static map and the stop table remain.
 *
 * Attributes (set by RouteMap.astro):
 *   data-src   the JSON the map draws (/map-data/routes.json)
 *   data-trip  a trip slug: show that one trip only (trip pages)
 *
 * Contract with the timeline (and anything else on the page) — the 'trip-select' event:
 *   A bubbling CustomEvent named 'trip-select', dispatched on document, with
 *     detail: { slug: string | null; origin: 'map' | 'timeline' | 'url' | 'history' }
 *   slug is a trip's slug from content/trips/, or null for "no trip chosen".
 *   - The map listens on document. On a trip-select whose origin is not 'map' it shows
 *     that trip alone: its route fitted to the view, its places as the stops (the rail
 *     route's stations and their names give way), the rail line dimmed behind it; the
 *     heading, the summary and the stop list round the map speak of the trip (mapCaption.ts).
 *     slug null brings back the rail route. An event that arrives before the map has
 *     loaded is remembered and applied once it has.
 *   - A trip chosen in the timeline where the map is out of sight (on a phone, screens
 *     away) takes the reader to the map: the focus goes to its heading, which is followed
 *     by a link back to the trip's entry in the list. Choices restored from the address or
 *     by Back and Forward leave the reader where they are.
 *   - When the reader chooses a trip on the map (its line, or a trip listed in a station's
 *     popup), the map shows it and dispatches trip-select with origin 'map'. It never
 *     re-dispatches events it receives, so two listeners cannot loop.
 *   - The URL and the history belong to the timeline, which dispatches with origin 'url' on
 *     load and 'history' on Back and Forward. The map reads only #stop-<place id>, which
 *     opens the map on that stop.
 *   The event's shape and its guard live in src/lib/trips/tripSelectEvent.ts.
 */
import type { RouteMapController } from './leafletRouteMap.ts';
import { mapCaption, type MapCaption } from './mapCaption.ts';
import { mapInSight } from '../../lib/map/mapInSight.ts';
import { scrollForStop } from '../../lib/map/stopInView.ts';
import { createTripSelectEvent, readTripSelectDetail, TRIP_SELECT_EVENT } from '../../lib/trips/tripSelectEvent.ts';

const STOP_HASH = /^#stop-([a-z0-9-]+)$/;

/** Said by the map's live region, and shown on its button, when its script cannot be fetched. */
const MAP_FAILED_MESSAGE =
  'The interactive map could not load. The drawing shows the route; reload the page to try again.';

class RouteMapElement extends HTMLElement {
  #controller: Promise<RouteMapController> | undefined;
  #selectedTrip: string | null | undefined;
  #caption: MapCaption | undefined;

  /** What the element listens to while it is in the page, taken off again when it leaves. */
  #listeners(): Array<[EventTarget, string, EventListener]> {
    return [
      [document, TRIP_SELECT_EVENT, this.#onTripSelect],
      [window, 'hashchange', this.#onHashChange],
      [window, 'beforeprint', this.#onBeforePrint],
      [window, 'afterprint', this.#onAfterPrint],
      // A mouse pointing at the map or a finger touching it: start now, so the map is
      // usually ready by the time the reader drags or clicks. Not "once": loading is
      // idempotent, and after a failed load the next reach is the retry.
      [this, 'pointerenter', this.#onReach],
    ];
  }

  connectedCallback(): void {
    for (const [target, type, listener] of this.#listeners()) target.addEventListener(type, listener);
    this.#caption = this.dataset['trip'] ? undefined : mapCaption(this);
    const button = this.#exploreButton();
    button?.addEventListener('focus', this.#onReach);
    button?.addEventListener('click', this.#onReach);
    if (STOP_HASH.test(location.hash)) this.#onHashChange();
    // This script arrives once the page is painted (src/lib/page/parkedModules.ts), so a
    // reader may have reached for the map already: tabbed to the button (or clicked it, in
    // browsers where that focuses it), or rests the pointer on the map. That is a reach too.
    else if ((button && document.activeElement === button) || this.matches(':hover')) this.#onReach(new Event('focus'));
  }

  disconnectedCallback(): void {
    for (const [target, type, listener] of this.#listeners()) target.removeEventListener(type, listener);
  }

  #exploreButton(): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>('.route-map__explore');
  }

  #onReach = (event: Event): void => {
    // After a failure the button offers a reload, the one retry every browser honours
    // (Chromium keeps a failed module import failed for the page's life). Other reaches
    // do nothing then: a retry would swap the button's words under the reader's pointer.
    if (this.dataset['failed']) {
      if (event.type === 'click') location.reload();
      return;
    }
    // A failure is shown on the map itself (#load); nothing more to do with it here.
    this.#load().catch(() => undefined);
  };

  #load(): Promise<RouteMapController> {
    this.#controller ??= this.#create().catch((error: unknown) => {
      // The static map stays, and the reader is told; the button now offers a reload.
      this.#controller = undefined;
      delete this.dataset['loading'];
      this.dataset['failed'] = 'true';
      const live = this.querySelector('[data-announce]');
      if (live) live.textContent = MAP_FAILED_MESSAGE;
      throw error;
    });
    return this.#controller;
  }

  async #create(): Promise<RouteMapController> {
    this.dataset['loading'] = 'true';
    const { createRouteMap } = await import('./leafletRouteMap.ts');
    const controller = await createRouteMap(this, {
      src: this.dataset['src'] ?? '/map-data/routes.json',
      trip: this.dataset['trip'],
      onTripChosen: (slug) => {
        this.#selectedTrip = slug;
        void this.#controller?.then((loaded) => this.#applyChoice(loaded));
        document.dispatchEvent(createTripSelectEvent({ slug, origin: 'map' }));
      },
    });
    delete this.dataset['loading'];
    delete this.dataset['failed'];
    this.#applyChoice(controller);
    // The button gives way to the map; a reader whose focus was on it carries on in the map.
    const button = this.#exploreButton();
    if (button && document.activeElement === button) controller.focus();
    button?.remove();
    return controller;
  }

  #onTripSelect = (event: Event): void => {
    const detail = readTripSelectDetail(event);
    if (!detail || detail.origin === 'map' || this.dataset['trip']) return;
    this.#selectedTrip = detail.slug;
    // Choosing a trip is reaching for the map; "no trip" changes nothing on the static one.
    if (detail.slug !== null) this.#load().catch(() => undefined);
    const takeReader = detail.origin === 'timeline' && detail.slug !== null && !this.#inSight();
    void this.#controller?.then((controller) => {
      this.#applyChoice(controller);
      if (takeReader) this.#takeReaderToMap(controller);
    });
  };

  /** Shows the latest choice on the map and in the words round it. */
  #applyChoice(controller: RouteMapController): void {
    if (this.#selectedTrip === undefined) return;
    this.#caption?.show(controller.showTrip(this.#selectedTrip));
  }

  #inSight(): boolean {
    return mapInSight(this.getBoundingClientRect(), window.innerHeight);
  }

  /**
   * On a phone the map and the timeline are thousands of pixels apart: a trip chosen in the
   * timeline would be drawn where the reader cannot see it. The reader is taken to the map's
   * heading, now the trip's title, with the focus: a screen reader says what is shown, and the
   * next Tab reaches the link back to the trip's entry in the list. Checked when the choice is
   * made, as the map loading may move the page.
   */
  #takeReaderToMap(controller: RouteMapController): void {
    const heading = this.#caption?.heading;
    if (!heading) {
      this.scrollIntoView({ block: 'start' });
      controller.focus();
      return;
    }
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    heading.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }

  /**
   * A chosen trip prints on the live map (print.css). Paper is wider than a phone's map, and
   * Leaflet draws only the box it measured: the frame takes the page's width for the print
   * and the trip is fitted to it, then the screen gets its own size back.
   */
  #printController: RouteMapController | undefined;
  #onBeforePrint = (): void => {
    if (!this.classList.contains('route-map--trip-shown')) return;
    void this.#controller?.then((controller) => {
      this.classList.add('route-map--print');
      this.#printController = controller;
      controller.refit();
    });
  };
  #onAfterPrint = (): void => {
    if (!this.#printController) return;
    this.classList.remove('route-map--print');
    this.#printController.refit();
    this.#printController = undefined;
  };

  #onHashChange = (): void => {
    const match = STOP_HASH.exec(location.hash);
    if (!match) return;
    const stop = match[1]!;
    // A stop of the rail route: the map shows the route again, and says so to the timeline.
    if (this.#selectedTrip) {
      this.#selectedTrip = null;
      document.dispatchEvent(createTripSelectEvent({ slug: null, origin: 'map' }));
    }
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    // Once the map is drawn and the popup open: the browser has scrolled to the stop's row
    // in the table, and the popup and the row are brought on screen together.
    void this.#load().then(
      async (controller) => {
        this.#applyChoice(controller);
        const popup = await controller.showStop(stop);
        // Measure once the page's fonts (the Korean names among them) have settled the layout
        // and the popup has been placed, or the row ends up partly off screen.
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const row = document.getElementById(`stop-${stop}`);
        const around = (popup ?? this).getBoundingClientRect();
        const delta = scrollForStop(around, row?.getBoundingClientRect() ?? null, window.innerHeight);
        window.scrollBy({ top: delta, behavior: reduced ? 'auto' : 'smooth' });
      },
      () => undefined,
    );
  };
}

if (!customElements.get('route-map')) customElements.define('route-map', RouteMapElement);
