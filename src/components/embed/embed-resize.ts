/**
 * Inside an iframe, tells the host page how tall the embed is whenever that changes, so
 * the frame never scrolls or leaves a gap. See src/lib/embed/resizeMessages.ts for the
 * message formats.
 */
import { embedSizeMessage, pymChildId, pymHeightMessage } from '../../lib/embed/resizeMessages.ts';

function contentHeight(): number {
  const body = document.body;
  const style = getComputedStyle(body);
  return body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
}

if (window.parent !== window) {
  const childId = pymChildId(location.search);
  let lastHeight = -1;
  const report = (force = false): void => {
    const height = Math.ceil(contentHeight());
    if (!force && height === lastHeight) return;
    lastHeight = height;
    // Only a height is sent, nothing private, so any host may read it.
    window.parent.postMessage(pymHeightMessage(childId, height), '*');
    window.parent.postMessage(embedSizeMessage(height), '*');
  };
  new ResizeObserver(() => report()).observe(document.body);
  window.addEventListener('load', () => report(true));
  // pym.Parent sends the frame's width on load and on resize, and expects a height back.
  window.addEventListener('message', (event) => {
    if (typeof event.data === 'string' && event.data.startsWith(`pymxPYMx${childId}xPYMxwidth`)) report(true);
  });
  report(true);
}
