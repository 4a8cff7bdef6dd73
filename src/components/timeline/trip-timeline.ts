/**
 * <trip-timeline>: filters the list by leader, mode and country, and keeps the chosen trip in step
 * with the route map (through 'trip-select' events), with the address (?trip=<slug>) and with the
 * browser's history: each choice is a step, so Back brings back the trip shown before and the
 * reader's place in the list, and Forward chooses again (src/lib/trips/tripHistory.ts).
 * Without this script the list is complete and every trip links to its own page.
 */
import {
  NO_FILTER,
  filterCountLabel,
  groupCountLabel,
  matchesTripFilter,
  type TripFilter,
} from '../../lib/trips/tripFilters.ts';
import { addressWithTripSelection, readTripSelection, tripChosenOnLanding } from '../../lib/trips/tripSelection.ts';
import {
  historyStateWith,
  readTripHistoryEntry,
  tripAfterHistoryStep,
  type ReadingPlace,
} from '../../lib/trips/tripHistory.ts';
import { TRIP_ANCHOR_PREFIX } from '../../lib/trips/tripAddresses.ts';
import { TRIP_SELECT_EVENT, createTripSelectEvent, readTripSelectDetail } from '../../lib/trips/tripSelectEvent.ts';

interface TimelineItem {
  element: HTMLLIElement;
  leader: string;
  modeFilterValues: string[];
  countries: string[];
  /** Present when the timeline is selectable. */
  button?: HTMLButtonElement;
}

class TripTimelineElement extends HTMLElement {
  #items = new Map<string, TimelineItem>();
  /** A trip's earlier slugs (from the entries' old anchors), for links made before it was renamed. */
  #aliases = new Map<string, string>();
  #chosen: string | null = null;
  #filterControls: HTMLSelectElement[] = [];

  connectedCallback() {
    const selectable = this.dataset['selectable'] === 'true';
    for (const element of this.querySelectorAll<HTMLLIElement>('li[data-slug]')) {
      const item: TimelineItem = {
        element,
        leader: element.dataset['leader'] ?? '',
        modeFilterValues: (element.dataset['modes'] ?? '').split(' '),
        countries: (element.dataset['countries'] ?? '').split(' ').filter(Boolean),
      };
      const button = selectable ? this.#addChooseButton(element, element.dataset['slug']!) : undefined;
      if (button) item.button = button;
      this.#items.set(element.dataset['slug']!, item);
      for (const anchor of element.querySelectorAll(`:scope > [id^="${TRIP_ANCHOR_PREFIX}"]`)) {
        this.#aliases.set(anchor.id.slice(TRIP_ANCHOR_PREFIX.length), element.dataset['slug']!);
      }
    }
    this.#enableFilters();
    if (!selectable) return;
    document.addEventListener(TRIP_SELECT_EVENT, this.#onTripSelect);
    window.addEventListener('popstate', this.#onPopState);
    this.#restoreFromAddress();
  }

  /**
   * The trip the address chooses: ?trip=<slug>, or a link to a trip's entry (#trip-<slug>).
   * The entry the reader landed on records it, for Back to return to. Announced once every
   * module script has run, so a map whose script comes later in the page is already
   * listening. A map that builds itself later still should read the address.
   */
  #restoreFromAddress() {
    const { search, hash } = window.location;
    const slug = tripChosenOnLanding(search, hash, new Set(this.#items.keys()), this.#aliases);
    const landed = readTripHistoryEntry(window.history.state);
    window.history.replaceState(historyStateWith(window.history.state, { chosen: slug, place: landed?.place }), '');
    if (slug === null) return;
    const announce = () => this.dispatchEvent(createTripSelectEvent({ slug, origin: 'url' }));
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', announce, { once: true });
    else announce();
  }

  disconnectedCallback() {
    document.removeEventListener(TRIP_SELECT_EVENT, this.#onTripSelect);
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** The title becomes the button, so what a screen reader announces is the title alone. */
  #addChooseButton(element: HTMLLIElement, slug: string): HTMLButtonElement | undefined {
    const heading = element.querySelector<HTMLElement>('[data-title]');
    if (!heading) return undefined;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'timeline__choose';
    button.setAttribute('aria-pressed', 'false');
    button.textContent = heading.textContent.trim();
    button.addEventListener('click', () => this.#chooseFromTimeline(slug));
    heading.replaceChildren(button);
    return button;
  }

  #chooseFromTimeline(slug: string) {
    const next = this.#chosen === slug ? null : slug;
    this.#step(next, this.#readingPlace(slug));
    this.dispatchEvent(createTripSelectEvent({ slug: next, origin: 'timeline' }));
  }

  #onTripSelect = (event: Event) => {
    const detail = readTripSelectDetail(event);
    if (detail === null || detail.origin === 'timeline' || detail.origin === 'history') return;
    if (detail.slug !== null && !this.#items.has(detail.slug)) return;
    if (detail.origin !== 'map') {
      this.#showChoice(detail.slug);
      if (detail.slug !== null) this.#revealInOwnScroll(this.#items.get(detail.slug)!.element);
      return;
    }
    if (detail.slug === this.#chosen) return;
    // Chosen on the map: Back returns to the trip shown before, and leaves the reader in the map.
    this.#step(detail.slug, undefined);
    if (detail.slug !== null) this.#bringIntoView(this.#items.get(detail.slug)!.element);
  };

  /**
   * A new step in the history for the choice. The entry being left keeps where the reader
   * was in the list (or forgets an older place, for a choice made on the map), and so does
   * the new one: Back and Forward both return the reader to the title they chose by.
   */
  #step(next: string | null, place: ReadingPlace | undefined) {
    const { history } = window;
    history.replaceState(historyStateWith(history.state, { chosen: this.#chosen, place }), '');
    this.#showChoice(next);
    history.pushState(
      historyStateWith(null, { chosen: next, place }),
      '',
      addressWithTripSelection(location.href, next),
    );
  }

  #readingPlace(slug: string): ReadingPlace | undefined {
    const button = this.#items.get(slug)?.button;
    return button ? { trip: slug, top: button.getBoundingClientRect().top } : undefined;
  }

  /** Back or Forward: the entry's trip, on the map and in the list, and the reader's place. */
  #onPopState = () => {
    const known = new Set(this.#items.keys());
    const entry = readTripHistoryEntry(window.history.state);
    const chosenByAddress = readTripSelection(window.location.search, known);
    const next = tripAfterHistoryStep(entry, chosenByAddress, this.#chosen, known);
    if (next !== this.#chosen) {
      this.#showChoice(next);
      this.dispatchEvent(createTripSelectEvent({ slug: next, origin: 'history' }));
    }
    const place = entry?.place;
    // Once the map has said what it shows: the stop list above the timeline on a phone
    // changes length with the trip, and would move the list after the reader was put back.
    if (place) requestAnimationFrame(() => this.#returnTo(place));
  };

  /** Puts the title the reader chose by where it was on the screen, with the focus. */
  #returnTo(place: ReadingPlace) {
    const item = this.#items.get(place.trip);
    if (!item?.button || item.element.hidden) return;
    item.button.focus({ preventScroll: true });
    if (['auto', 'scroll'].includes(getComputedStyle(this).overflowY)) {
      this.scrollTop += item.button.getBoundingClientRect().top - place.top;
    }
    window.scrollBy({ top: item.button.getBoundingClientRect().top - place.top, behavior: 'instant' });
  }

  #showChoice(slug: string | null) {
    this.#chosen = slug;
    for (const [itemSlug, item] of this.#items) {
      const chosen = itemSlug === slug;
      item.button?.setAttribute('aria-pressed', String(chosen));
      item.element.toggleAttribute('data-chosen', chosen);
    }
  }

  /** Scrolls without moving focus: the reader is still working the map. */
  /**
   * A trip chosen on the map: the reader is looking at the map, so the page stays where it
   * is (on a phone the timeline is screens away). The entry is shown, its filters cleared,
   * and brought into view inside the timeline's own box where it scrolls beside the map.
   */
  #bringIntoView(element: HTMLLIElement) {
    if (element.hidden) this.#clearFilters();
    this.#revealInOwnScroll(element);
  }

  /**
   * A choice restored on load: where the timeline scrolls on its own beside the map, its
   * entry is brought into that box; the page itself stays where the reader landed.
   */
  #revealInOwnScroll(element: HTMLLIElement) {
    if (!['auto', 'scroll'].includes(getComputedStyle(this).overflowY)) return;
    const offset = element.getBoundingClientRect().top - this.getBoundingClientRect().top;
    this.scrollTop += offset - this.clientHeight / 3;
  }

  #enableFilters() {
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    if (!controls) return;
    this.#filterControls = [...controls.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
    for (const select of this.#filterControls) select.addEventListener('change', () => this.#applyFilter());
    // The controls are already on the page (CSS shows them wherever scripts run); the
    // count is written at build time too, so this changes nothing unless the browser
    // restored chosen filters on a return visit.
    this.#applyFilter();
  }

  #currentFilter(): TripFilter {
    const filter = { ...NO_FILTER };
    for (const select of this.#filterControls) {
      const value = select.value === '' ? null : select.value;
      if (select.dataset['filter'] === 'leader') filter.leader = value;
      if (select.dataset['filter'] === 'mode') filter.mode = value;
      if (select.dataset['filter'] === 'country') filter.country = value;
    }
    return filter;
  }

  #applyFilter() {
    const filter = this.#currentFilter();
    let shown = 0;
    for (const item of this.#items.values()) {
      item.element.hidden = !matchesTripFilter(item, filter);
      if (!item.element.hidden) shown += 1;
    }
    this.#updateGroups();
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = filterCountLabel(shown, this.#items.size);
  }

  /** A group the filters empty is hidden, heading and all, so no heading stands over nothing. */
  #updateGroups() {
    for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
      const entries = [...group.querySelectorAll<HTMLLIElement>('li[data-slug]')];
      const shown = entries.filter((entry) => !entry.hidden).length;
      group.hidden = shown === 0;
      const count = group.querySelector('[data-group-count]');
      if (count) count.textContent = groupCountLabel(shown, entries.length);
    }
  }

  #clearFilters() {
    for (const select of this.#filterControls) select.value = '';
    this.#applyFilter();
  }
}

if (!customElements.get('trip-timeline')) customElements.define('trip-timeline', TripTimelineElement);
