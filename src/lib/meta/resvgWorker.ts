/**
 * resvg on worker threads of its own: the social cards' rasterising and PNG encoding
 * (some 20 ms a card) run there, on a machine's second core, while the build goes on
 * rendering pages on the main thread.
 *
 * The worker is given its code as text, not as a file: the build runs this module from a
 * bundled chunk, where no worker file would sit beside it. It loads resvg from the
 * project's own node_modules, as the fonts are loaded (renderSocialCardPng.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

interface Job {
  resolve: (png: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

type Reply = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

/**
 * Runs inside the worker, which sees none of this module's imports: Node's own modules come
 * from process.getBuiltinModule, which a bundler leaves as it is.
 */
function workerMain() {
  const { parentPort } = process.getBuiltinModule('node:worker_threads');
  const { createRequire } = process.getBuiltinModule('node:module');
  const { join } = process.getBuiltinModule('node:path');
  const { Resvg } = createRequire(join(process.cwd(), 'package.json'))(
    '@resvg/resvg-js',
  ) as typeof import('@resvg/resvg-js');
  parentPort!.on('message', ({ id, svg, options }: { id: number; svg: string; options: ResvgRenderOptions }) => {
    try {
      const png = new Resvg(svg, options).render().asPng();
      parentPort!.postMessage({ id, png: new Uint8Array(png) });
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

interface DrawingThread {
  worker: Worker;
  jobs: Map<number, Job>;
}

/**
 * Two threads where the machine has two cores or more: while the main thread renders pages,
 * they share the cores with it; once it has only cards left to wait for, both draw.
 */
const THREADS = Math.min(2, availableParallelism());
let threads: DrawingThread[] = [];
let lastId = 0;

function startThread(): DrawingThread {
  const thread: DrawingThread = { worker: new Worker(`(${workerMain.toString()})()`, { eval: true }), jobs: new Map() };
  // The build ends when its pages are written, whether or not the workers are still there.
  thread.worker.unref();
  thread.worker.on('message', (reply: Reply) => {
    const job = thread.jobs.get(reply.id);
    thread.jobs.delete(reply.id);
    if ('error' in reply) job?.reject(new Error(`resvg could not draw a social card: ${reply.error}`));
    else job?.resolve(reply.png);
  });
  thread.worker.on('error', (error) => {
    for (const job of thread.jobs.values()) job.reject(error);
    threads = threads.filter((other) => other !== thread);
  });
  return thread;
}

/** The thread with the fewest drawings waiting, started if there are fewer than THREADS. */
function leastBusyThread(): DrawingThread {
  if (threads.length < THREADS) {
    const idle = threads.find((thread) => thread.jobs.size === 0);
    if (idle) return idle;
    const started = startThread();
    threads.push(started);
    return started;
  }
  return threads.reduce((least, thread) => (thread.jobs.size < least.jobs.size ? thread : least));
}

/** The SVG drawn as a PNG by resvg on a worker thread, with the options resvg takes. */
export function renderPngOnWorker(svg: string, options: ResvgRenderOptions): Promise<Uint8Array<ArrayBuffer>> {
  const thread = leastBusyThread();
  const id = ++lastId;
  const drawn = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => thread.jobs.set(id, { resolve, reject }));
  thread.worker.postMessage({ id, svg, options });
  return drawn;
}

/** Ends the workers, for tests that must leave nothing running. */
export async function stopResvgWorker(): Promise<void> {
  const running = threads;
  threads = [];
  await Promise.all(running.map((thread) => thread.worker.terminate()));
}
