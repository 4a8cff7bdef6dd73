/**
 * Runs Astro's command line on the Node that runs this script (the project's Node 24;
 * the machine's own Node may be too old for Astro), and times it: wall clock and CPU.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ASTRO_BIN = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

export function startAstro(args: string[], cwd: string, nodeOptions: string[] = []): ChildProcess {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  return spawn(process.execPath, [...nodeOptions, ASTRO_BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

const CPU_MARK = 'bench-cpu-microseconds:';
/**
 * Makes the build say, as it exits, how much CPU time it used on all its threads: Node
 * reports no child's CPU time to its parent.
 */
export const REPORT_CPU_ON_EXIT = `--import=data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\n${CPU_MARK} '+(u.user+u.system)+'\\n')})`;

export interface BuildTime {
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds, every thread of the build's process together; undefined if it did not say. */
  cpuSeconds: number | undefined;
}

/** The CPU seconds a process started with REPORT_CPU_ON_EXIT said it used, from its output. */
export function cpuSecondsFromOutput(output: string): number | undefined {
  const match = output.match(new RegExp(`${CPU_MARK} (\\d+)`));
  return match ? Number(match[1]) / 1e6 : undefined;
}

/** Builds the project in `cwd`; resolves to the wall-clock and CPU seconds it took. */
export function timedBuild(cwd: string): Promise<BuildTime> {
  const started = performance.now();
  const child = startAstro(['build'], cwd, [REPORT_CPU_ON_EXIT]);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    // 'close', not 'exit': the CPU time is the last thing written, after the process ends.
    child.on('close', (code) => {
      if (code === 0)
        resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSecondsFromOutput(output) });
      else reject(new Error(`astro build failed in ${cwd} (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/**
 * Serves dist/ as a static host does (scripts/serve-like-host.ts: nginx with the site's own
 * headers and forwards, text compressed), and waits until it answers. Readers get the pages
 * from such a host, so that is what is measured; `astro preview` sends them uncompressed.
 */
export async function startHostLikeServer(cwd: string, port: number): Promise<{ url: string; stop(): void }> {
  const script = fileURLToPath(new URL('../../serve-like-host.ts', import.meta.url));
  const child = spawn(process.execPath, [script, '--port', String(port)], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the host-like server stopped (exit ${child.exitCode}); is port ${port} free?`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`the host-like server did not answer on ${url} within a minute`);
}
