/**
 * <copy-button target="id">: copies the text of the element with that id. CSS hides the
 * element where scripts do not run, so without JavaScript readers see only the selectable
 * text; it is on the page from the first paint otherwise, so nothing moves when this runs.
 */
class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const target = document.getElementById(this.getAttribute('target') ?? '');
    if (!button || !target) return;
    button.addEventListener('click', async () => {
      const text = target instanceof HTMLTextAreaElement ? target.value : (target.textContent ?? '');
      try {
        // Absent outside secure contexts (a page opened over plain http): the catch explains.
        await navigator.clipboard.writeText(text.trim());
        if (status) status.textContent = 'Copied.';
      } catch {
        if (status) status.textContent = 'Copying failed: select the text and copy it by hand.';
      }
    });
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
