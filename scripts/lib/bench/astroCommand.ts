/**
 * Runs Astro's command line on the Node that runs this script (the project's Node 24;
 * the machine's own Node may be too old for Astro), and times it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ASTRO_BIN = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

export function startAstro(args: string[], cwd: string): ChildProcess {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  return spawn(process.execPath, [ASTRO_BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Builds the project in `cwd`; resolves to the wall-clock seconds it took. */
export function timedBuild(cwd: string): Promise<number> {
  const started = performance.now();
  const child = startAstro(['build'], cwd);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`astro build failed in ${cwd} (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/** Serves dist/ with `astro preview` and waits until it answers. */
export async function startPreview(cwd: string, port: number): Promise<{ url: string; stop(): void }> {
  const child = startAstro(['preview', '--port', String(port), '--host', 'localhost'], cwd);
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`astro preview stopped (exit ${child.exitCode}); is port ${port} free?`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, stop: () => child.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`astro preview did not answer on ${url} within a minute`);
}
