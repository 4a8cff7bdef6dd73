/**
 * <copy-section-link> wraps a plain "#section" anchor. With JavaScript, a click also puts
 * the section's full address on the clipboard and says so; without it, or when the
 * clipboard is unavailable, the anchor still works as an ordinary link.
 */
import { sectionUrl } from '../../lib/site/sectionUrl.ts';

const STATUS_CLEAR_MS = 2500;

class CopySectionLink extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('a[href^="#"]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!link || !status) return;
    link.addEventListener('click', (event) => {
      if (!navigator.clipboard) return;
      event.preventDefault();
      const id = decodeURIComponent(link.hash.slice(1));
      const url = sectionUrl(window.location.href, id);
      // Replacing the entry keeps Back leaving the page instead of stepping through sections.
      history.replaceState(history.state, '', url);
      document.getElementById(id)?.scrollIntoView({ block: 'start' });
      navigator.clipboard.writeText(url).then(
        () => this.#announce(status, 'Link copied'),
        () => this.#announce(status, 'Copy the address from the address bar'),
      );
    });
  }

  #announce(status: HTMLElement, message: string): void {
    status.textContent = message;
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      status.textContent = '';
    }, STATUS_CLEAR_MS);
  }
}

if (!customElements.get('copy-section-link')) customElements.define('copy-section-link', CopySectionLink);
