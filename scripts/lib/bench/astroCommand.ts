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
