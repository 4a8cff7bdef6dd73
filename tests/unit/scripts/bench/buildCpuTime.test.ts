import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPORT_CPU_ON_EXIT, cpuSecondsFromOutput } from '../../../../scripts/lib/bench/astroCommand.ts';

describe('the CPU time of a build', () => {
  it('is said by the process as it exits, counting its worker threads, and read from its output', () => {
    // Busy for 0.3 s of its own CPU time on the main thread and on a worker, then print
    // something of its own. CPU time, not the clock: on a busy machine a thread spinning for
    // 0.3 s of the clock may get much less of the CPU.
    const spin = 'const start = process.threadCpuUsage(); while (process.threadCpuUsage(start).user < 300_000);';
    const script = `
      const { Worker } = require('node:worker_threads');
      new Worker(${JSON.stringify(spin)}, { eval: true });
      ${spin}
      console.log('built');`;
    const result = spawnSync(process.execPath, [REPORT_CPU_ON_EXIT, '-e', script], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('built');
    const seconds = cpuSecondsFromOutput(result.stdout + result.stderr);
    // Both threads spun for 0.3 s each: more than one thread's worth of CPU time.
    expect(seconds).toBeGreaterThan(0.4);
    expect(seconds).toBeLessThan(30);
  });

  it('is undefined when the output does not say it', () => {
    expect(cpuSecondsFromOutput('astro build\n2111 page(s) built in 40s')).toBeUndefined();
  });
});
