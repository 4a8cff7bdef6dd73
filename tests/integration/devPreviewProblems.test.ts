/**
 * `npm run dev` with a broken content file: the preview starts all the same, and every
 * page shows the problems in the words of `npm run validate`, not a stack trace or the
 * code of the page that failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createTempProject, replaceField, type TempProject } from '../../scripts/lib/tempProject.ts';

/** A port no other process holds now, so two checkouts running this test at once do not meet. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

let PORT = 0;
let project: TempProject;
let server: ChildProcess | undefined;

beforeAll(async () => {
  project = await createTempProject({ content: 'fixture' });
  PORT = await freePort();
});
/** Stops `astro dev` and waits for it to exit: it writes into the copy (.astro/, node_modules/.vite) until then. */
async function stopServer(): Promise<void> {
  const running = server;
  if (running === undefined || running.exitCode !== null || running.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
  running.kill('SIGTERM');
  const gone = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), 10_000)),
  ]);
  if (!gone) {
    running.kill('SIGKILL');
    await exited;
  }
}

afterAll(async () => {
  await stopServer();
  await project.remove();
});

async function fetchPage(path: string): Promise<{ status: number; text: string }> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const response = await fetch(`http://localhost:${PORT}${path}`, { headers: { accept: 'text/html' } });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

describe('the dev preview with content problems', () => {
  it('starts, and shows the problems of a file it cannot read and of a wrong reference', async () => {
    await project.edit('content/places/khasan.yaml', (text) => `${text}  stray: [indented\n`);
    await project.edit('content/trips/2019-04-vladivostok.yaml', replaceField('origin', 'pyongyan'));
    server = spawn(join(project.root, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(PORT)], {
      cwd: project.root,
      env: {
        ...process.env,
        PATH: `${join(project.root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: 'ignore',
    });
    const unreadable = await fetchPage('/trips/kim-jong-un-vladivostok-2019/');
    expect(unreadable.status).toBe(500);
    expect(unreadable.text).toContain('content/places/khasan.yaml');
    expect(unreadable.text).toContain('cannot be read');
    expect(unreadable.text).not.toMatch(/stack trace|\.ts:\d+/i);

    await project.edit('content/places/khasan.yaml', (text) => text.replace('  stray: [indented\n', ''));
    await expect
      .poll(async () => (await fetchPage('/')).text, { timeout: 30_000, interval: 500 })
      .toContain('Did you mean &quot;pyongyang&quot;?');
  }, 180_000);
});
