import { describe, expect, it } from 'vitest';
import { afterFirstPaint, type PageTiming } from '../../../src/lib/page/afterFirstPaint.ts';

/** A page whose load event, frames and tasks the test sets off by hand, recording their order. */
function pageTiming(readyState: DocumentReadyState) {
  const log: string[] = [];
  const pending: Record<'load' | 'frame' | 'task', Array<() => void>> = { load: [], frame: [], task: [] };
  const timing: PageTiming = {
    readyState,
    onLoad: (listener) => pending.load.push(listener),
    nextFrame: (callback) => pending.frame.push(callback),
    later: (callback) => pending.task.push(callback),
  };
  const fire = (kind: keyof typeof pending) => {
    log.push(kind);
    for (const callback of pending[kind].splice(0)) callback();
  };
  return { timing, fire, log };
}

describe('afterFirstPaint', () => {
  it('waits for the load event, then a frame, then a task after it', () => {
    const { timing, fire, log } = pageTiming('interactive');
    afterFirstPaint(() => log.push('start'), timing);
    fire('frame');
    fire('task');
    fire('load');
    fire('task');
    expect(log).not.toContain('start');
    fire('frame');
    expect(log).not.toContain('start');
    fire('task');
    expect(log).toEqual(['frame', 'task', 'load', 'task', 'frame', 'task', 'start']);
  });

  it('on a page that has already loaded, waits only for the next frame and a task', () => {
    const { timing, fire, log } = pageTiming('complete');
    afterFirstPaint(() => log.push('start'), timing);
    fire('frame');
    expect(log).not.toContain('start');
    fire('task');
    expect(log).toEqual(['frame', 'task', 'start']);
  });
});
