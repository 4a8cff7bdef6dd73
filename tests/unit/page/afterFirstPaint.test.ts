import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../../src/lib/page/afterFirstPaint.ts';

type Moment = 'load' | 'paint' | 'frame' | 'task';

/**
 * Stands in for the browser globals afterFirstPaint uses: a page whose load event, first
 * contentful paint, frames and tasks the test sets off by hand, recording their order.
 */
function fakePage(readyState: DocumentReadyState, { reportsPaint = true } = {}) {
  const log: string[] = [];
  const pending: Record<Exclude<Moment, 'paint'>, Array<() => void>> = { load: [], frame: [], task: [] };
  const observers = new Set<(names: string[]) => void>();
  const painted: string[] = [];
  vi.stubGlobal('document', { readyState });
  vi.stubGlobal('addEventListener', (type: string, listener: () => void) => {
    if (type === 'load') pending.load.push(listener);
  });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => pending.frame.push(callback));
  vi.stubGlobal('setTimeout', (callback: () => void) => pending.task.push(callback));
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      static supportedEntryTypes = reportsPaint ? ['paint', 'mark'] : ['mark'];
      #notify: (names: string[]) => void;
      constructor(callback: (list: { getEntriesByName(name: string): unknown[] }) => void) {
        this.#notify = (names) => callback({ getEntriesByName: (name) => names.filter((entry) => entry === name) });
      }
      observe(options: { type: string; buffered?: boolean }) {
        expect(options.type).toBe('paint');
        observers.add(this.#notify);
        // A buffered observer is told of entries reported before it was made.
        if (options.buffered && painted.length > 0) this.#notify([...painted]);
      }
      disconnect() {
        observers.delete(this.#notify);
      }
    },
  );
  const fire = (moment: Moment | 'first-paint') => {
    log.push(moment);
    if (moment === 'paint' || moment === 'first-paint') {
      const name = moment === 'paint' ? 'first-contentful-paint' : 'first-paint';
      painted.push(name);
      for (const notify of [...observers]) notify([name]);
      return;
    }
    for (const callback of pending[moment].splice(0)) callback();
  };
  return { fire, log };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('afterFirstPaint', () => {
  it('waits for the load event, then the reported first contentful paint, then two frames and a task', () => {
    const { fire, log } = fakePage('interactive');
    afterFirstPaint(() => log.push('start'));
    fire('frame');
    fire('task');
    fire('load');
    fire('frame');
    fire('task');
    fire('first-paint');
    expect(log).not.toContain('start');
    fire('paint');
    fire('task');
    fire('frame');
    fire('task');
    expect(log).not.toContain('start');
    fire('frame');
    expect(log).not.toContain('start');
    fire('task');
    expect(log.at(-1)).toBe('start');
  });

  it('when the first paint came before the load event, still waits for two frames after the load', () => {
    const { fire, log } = fakePage('interactive');
    afterFirstPaint(() => log.push('start'));
    fire('paint');
    fire('frame');
    fire('task');
    expect(log).not.toContain('start');
    fire('load');
    fire('frame');
    fire('task');
    expect(log).not.toContain('start');
    fire('frame');
    fire('task');
    expect(log.at(-1)).toBe('start');
  });

  it('on a page that has already loaded and been painted, waits only for two frames and a task', () => {
    const { fire, log } = fakePage('complete');
    fire('paint');
    afterFirstPaint(() => log.push('start'));
    fire('frame');
    expect(log).not.toContain('start');
    fire('frame');
    fire('task');
    expect(log.at(-1)).toBe('start');
  });

  it('starts once, however many paints follow', () => {
    const { fire, log } = fakePage('complete');
    afterFirstPaint(() => log.push('start'));
    fire('paint');
    fire('paint');
    fire('frame');
    fire('frame');
    fire('task');
    expect(log.filter((entry) => entry === 'start')).toHaveLength(1);
  });

  it('in a browser that reports no paints, starts two frames after the load event', () => {
    const { fire, log } = fakePage('interactive', { reportsPaint: false });
    afterFirstPaint(() => log.push('start'));
    fire('frame');
    fire('load');
    fire('frame');
    expect(log).not.toContain('start');
    fire('frame');
    fire('task');
    expect(log.at(-1)).toBe('start');
  });
});
