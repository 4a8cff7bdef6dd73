/**
 * <anchor-forwards>: when the page's address names an anchor that has moved (an entry of
 * the element with that id), replaces the address with the one the entry links to, on
 * arrival and whenever the anchor changes; on a moved page (data-page), sends every
 * address on to the new page, anchor and all.
 */
class AnchorForwards extends HTMLElement {
  connectedCallback(): void {
    this.forward();
    window.addEventListener('hashchange', () => this.forward());
  }

  private forward(): void {
    let anchor = window.location.hash.slice(1);
    try {
      anchor = decodeURIComponent(anchor);
    } catch {
      // a malformed escape is looked up as written
    }
    const entry = anchor === '' ? null : this.querySelector(`[id="${CSS.escape(anchor)}"] a`);
    const page = this.dataset['page'];
    const target = entry?.getAttribute('href') ?? (page === undefined ? undefined : page + window.location.hash);
    if (target !== undefined) window.location.replace(new URL(target, window.location.href).href);
  }
}

if (!customElements.get('anchor-forwards')) customElements.define('anchor-forwards', AnchorForwards);
