/**
 * <copy-button target="id">: copies the text of the element with that id. The button
 * inside starts hidden, so without JavaScript readers see only the selectable text.
 */
class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const target = document.getElementById(this.getAttribute('target') ?? '');
    if (!button || !target || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = target instanceof HTMLTextAreaElement ? target.value : (target.textContent ?? '');
      try {
        await navigator.clipboard.writeText(text.trim());
        if (status) status.textContent = 'Copied.';
      } catch {
        if (status) status.textContent = 'Copying failed: select the text and copy it by hand.';
      }
    });
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
