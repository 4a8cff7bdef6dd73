/**
 * Runs `start` once the page has loaded and the browser has shown it: after the load event
 * and the first contentful paint, then two more frames. Whatever is fetched from here is
 * never one of the requests a slow phone makes before it can show the page, so it cannot
 * hold back the first paint, nor (as Lighthouse counts) the largest one.
 *
 * Why not simply the next frame after load: a frame callback runs before that frame is
 * drawn, and even a task queued from it runs before the frame reaches the screen. The paint
 * timing entry is only reported once it has, so that is what is waited for. The frames after
 * it cover a page whose first paint came before it had finished loading: by the second frame
 * callback after the load event, the frame drawn with the whole page is on screen.
 *
 * A browser that does not report paints (Safari before 14.1, say) starts after the load
 * event and two frames, which is as close as it can tell.
 *
 * It is written against the browser's globals, without a seam for tests, because it is
 * inlined into every page that uses it; the unit test stands in for those globals.
 */
export function afterFirstPaint(start: () => void): void {
  const afterFrames = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));
  const afterLoad = (): void => {
    if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
      afterFrames();
      return;
    }
    // `buffered` replays an entry reported before the observer was made.
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      afterFrames();
    });
    observer.observe({ type: 'paint', buffered: true });
  };
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });
}
