/**
 * <latest-trips>: the list shows only the entries that fit its height (LatestTrips.astro);
 * the others are clipped from sight. Makes those inert, so the keyboard does not tab into a
 * link no one can see and screen readers read what is shown, and checks again whenever
 * the frame changes size.
 */
class LatestTripsElement extends HTMLElement {
  #observer: ResizeObserver | undefined;

  connectedCallback(): void {
    const list = this.querySelector('ol');
    if (!list) return;
    this.#observer = new ResizeObserver(() => markClipped(list));
    this.#observer.observe(list);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }
}

function markClipped(list: HTMLElement): void {
  const box = list.getBoundingClientRect();
  for (const entry of list.children) {
    const own = entry.getBoundingClientRect();
    const shown = own.left < box.right - 1 && own.bottom <= box.bottom + 1;
    entry.toggleAttribute('inert', !shown);
  }
}

customElements.define('latest-trips', LatestTripsElement);
