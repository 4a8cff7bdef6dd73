/**
 * Draws a build's images ahead of the pages that serve them, a few at a time, in the order
 * given. Drawing (resvg's rasterising and PNG encoding) runs on a worker thread, so it goes
 * on beside the pages the build renders meanwhile, on a machine's second core, instead of
 * after them; the page that serves an image then only takes it. No more than `held`
 * drawings wait to be taken, so memory stays bounded however many pages there are.
 */
export interface Drawing<T> {
  key: string;
  draw: () => Promise<T>;
}

export interface DrawingsAhead<T> {
  /** The drawing for `key`: the one drawn ahead, or drawn now if the queue has not reached it. */
  take(key: string): Promise<T>;
}

export interface DrawAheadOptions {
  /** How many drawings are under way at once: enough to keep the drawing thread busy. */
  atOnce: number;
  /** How many drawings, finished or not, may wait to be taken before the queue pauses. */
  held: number;
}

export function drawAhead<T>(drawings: readonly Drawing<T>[], options: DrawAheadOptions): DrawingsAhead<T> {
  const byKey = new Map(drawings.map((drawing) => [drawing.key, drawing]));
  const waiting = new Map<string, Promise<T>>();
  const taken = new Set<string>();
  let underWay = 0;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const done = (drawing: Drawing<T>) => taken.has(drawing.key) || waiting.has(drawing.key);

  void (async () => {
    for (const drawing of drawings) {
      while (underWay >= options.atOnce || waiting.size >= options.held) {
        await new Promise<void>((resolve) => (wake = resolve));
      }
      if (done(drawing)) continue;
      const drawn = drawing.draw();
      waiting.set(drawing.key, drawn);
      underWay += 1;
      // A failure belongs to the page that takes the drawing; until then it is not unhandled.
      void drawn
        .catch(() => undefined)
        .finally(() => {
          underWay -= 1;
          signal();
        });
    }
  })();

  return {
    take(key) {
      const drawing = byKey.get(key);
      if (!drawing) throw new Error(`No drawing "${key}" was asked for ahead.`);
      const drawn = waiting.get(key) ?? drawing.draw();
      waiting.delete(key);
      taken.add(key);
      signal();
      return drawn;
    },
  };
}
