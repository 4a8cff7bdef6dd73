/**
 * <old-home-addresses>: on the home page, an address that pointed into the timeline or the
 * stop table when they were on this page is replaced by the address where they now are.
 */
import { forwardedHomeAddress } from '../../lib/site/homeForwards.ts';

class OldHomeAddresses extends HTMLElement {
  connectedCallback(): void {
    const target = forwardedHomeAddress(window.location.href, this.dataset['stopTable']);
    if (target !== null) window.location.replace(target);
  }
}

if (!customElements.get('old-home-addresses')) customElements.define('old-home-addresses', OldHomeAddresses);
