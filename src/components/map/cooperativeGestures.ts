/**
 * Cooperative gestures for the Leaflet map (the rules are in src/lib/map/gestureHints.ts):
 * one finger scrolls the page and two move the map; the wheel scrolls the page unless
 * Ctrl/⌘ is held or the reader clicked the map. A short hint says so when the map lets a
 * gesture pass. The keyboard is untouched: arrows pan, + and − zoom, once the map has focus.
 */
import { TOUCH_HINT, touchMovesMap, wheelHint, wheelZoomsMap } from '../../lib/map/gestureHints.ts';

const HINT_MS = 1600;

export function cooperativeGestures(container: HTMLElement): void {
  // For pointers only: screen readers have the popups and the stop table, and the
  // announcements of what the map shows come from its live region.
  const hint = document.createElement('p');
  hint.className = 'map-gesture-hint';
  hint.setAttribute('aria-hidden', 'true');
  container.append(hint);
  let hideTimer: number | undefined;
  const showHint = (text: string): void => {
    hint.textContent = text;
    hint.dataset['shown'] = '';
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => delete hint.dataset['shown'], HINT_MS);
  };
  const hideHint = (): void => {
    window.clearTimeout(hideTimer);
    delete hint.dataset['shown'];
  };

  let engaged = false;
  // Capture, and stopped here when the map leaves a gesture to the page: Leaflet's own
  // listeners are further in, on the map's panes, and never see it.
  container.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType === 'touch') return;
      engaged = true;
      hideHint();
    },
    { capture: true },
  );
  // Leaflet drags on touchstart (touch events, where the browser has them): a single
  // finger never starts a drag, so nothing cancels the page's scroll.
  container.addEventListener(
    'touchstart',
    (event) => {
      if (!touchMovesMap(event.touches.length)) event.stopPropagation();
    },
    { capture: true, passive: true },
  );
  container.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'touch') engaged = false;
  });
  container.addEventListener(
    'wheel',
    (event) => {
      if (wheelZoomsMap({ ctrlKey: event.ctrlKey, metaKey: event.metaKey, engaged })) {
        hideHint();
        return;
      }
      event.stopPropagation();
      showHint(wheelHint(navigator.userAgent));
    },
    { capture: true, passive: true },
  );
  // The map's CSS lets the browser pan the page on touch (touch-action: pan-x pan-y); a
  // second finger cancels that here, before the page moves, and Leaflet's pinch handler
  // moves and zooms the map.
  container.addEventListener(
    'touchmove',
    (event) => {
      if (touchMovesMap(event.touches.length)) {
        event.preventDefault();
        hideHint();
      } else {
        showHint(TOUCH_HINT);
      }
    },
    { passive: false },
  );
}
