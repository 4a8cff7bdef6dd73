/**
 * <trip-timeline>: filters the list by leader, mode and country, and keeps the chosen trip in step
 * with the route map (through 'trip-select' events) and with the address (?trip=<slug>).
 * Without this script the list is complete and every trip links to its own page.
 */
import {
  NO_FILTER,
  filterCountLabel,
  groupCountLabel,
  matchesTripFilter,
  type TripFilter,
} from '../../lib/trips/tripFilters.ts';
import { addressWithTripSelection, readTripSelection } from '../../lib/trips/tripSelection.ts';
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
    }
    this.#enableFilters();
    if (!selectable) return;
    document.addEventListener(TRIP_SELECT_EVENT, this.#onTripSelect);
    this.#restoreFromAddress();
  }

  /**
   * Announced once every module script has run, so a map whose script comes later in the
   * page is already listening. A map that builds itself later still should read the address.
   */
  #restoreFromAddress() {
    const slug = readTripSelection(window.location.search, new Set(this.#items.keys()));
    if (slug === null) return;
    const announce = () => this.dispatchEvent(createTripSelectEvent({ slug, origin: 'url' }));
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', announce, { once: true });
    else announce();
  }

  disconnectedCallback() {
    document.removeEventListener(TRIP_SELECT_EVENT, this.#onTripSelect);
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
    this.#showChoice(next);
    this.#writeAddress(next);
    this.dispatchEvent(createTripSelectEvent({ slug: next, origin: 'timeline' }));
  }

  #onTripSelect = (event: Event) => {
    const detail = readTripSelectDetail(event);
    if (detail === null || detail.origin === 'timeline') return;
    if (detail.slug !== null && !this.#items.has(detail.slug)) return;
    this.#showChoice(detail.slug);
    if (detail.origin === 'url' && detail.slug !== null) this.#revealInOwnScroll(this.#items.get(detail.slug)!.element);
    if (detail.origin !== 'map') return;
    this.#writeAddress(detail.slug);
    if (detail.slug !== null) this.#bringIntoView(this.#items.get(detail.slug)!.element);
  };

  #showChoice(slug: string | null) {
    this.#chosen = slug;
    for (const [itemSlug, item] of this.#items) {
      const chosen = itemSlug === slug;
      item.button?.setAttribute('aria-pressed', String(chosen));
      item.element.toggleAttribute('data-chosen', chosen);
    }
  }

  /** Replaces the address rather than adding to history, so Back still leaves the page. */
  #writeAddress(slug: string | null) {
    window.history.replaceState(window.history.state, '', addressWithTripSelection(window.location.href, slug));
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
