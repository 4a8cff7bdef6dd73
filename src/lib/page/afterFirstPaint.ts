/**
 * Runs `start` once the page has loaded and the browser has painted it: after the load event,
 * then after the next frame. Whatever is fetched from here is never one of the requests a
 * slow phone makes before it can show the page, so it cannot hold back the first paint.
 */
export interface PageTiming {
  readyState: DocumentReadyState;
  onLoad(listener: () => void): void;
  nextFrame(callback: () => void): void;
  later(callback: () => void): void;
}

const browserTiming = (): PageTiming => ({
  readyState: document.readyState,
  onLoad: (listener) => addEventListener('load', listener, { once: true }),
  nextFrame: (callback) => requestAnimationFrame(() => callback()),
  // A frame callback runs before that frame is painted; a task queued from it runs after.
  later: (callback) => setTimeout(callback, 0),
});

export function afterFirstPaint(start: () => void, timing: PageTiming = browserTiming()): void {
  const afterPaint = () => timing.nextFrame(() => timing.later(start));
  if (timing.readyState === 'complete') afterPaint();
  else timing.onLoad(afterPaint);
}
