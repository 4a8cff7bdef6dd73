/**
 * Keyboard readers land in the popup they opened, and go back to the marker when it
 * closes; screen readers hear which popup opened.
 */
import type L from 'leaflet';

export function keepFocusWithPopups(map: L.Map, container: HTMLElement, announce: (text: string) => void): void {
  let opener: HTMLElement | null = null;
  map.on('popupopen', (event) => {
    const title = event.popup.getElement()?.querySelector('.map-popup__title')?.textContent;
    if (title) announce(`Opened: ${title.trim()}`);
    const icon = document.activeElement;
    opener = icon instanceof HTMLElement && icon.classList.contains('map-stop') ? icon : null;
    if (opener) event.popup.getElement()?.querySelector<HTMLElement>('.map-popup')?.focus();
  });
  // Leaflet closes popups on Escape only while the map itself has focus, not inside a popup.
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') map.closePopup();
  });
  map.on('popupclose', () => {
    opener?.focus();
    opener = null;
  });
}
