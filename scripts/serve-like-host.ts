/**
 * Serves the built site (dist/) with nginx, configured from the site's own `_headers` and
 * `_redirects` as a static host applies them (scripts/lib/host/nginxConfig.ts): what the
 * end-to-end tests check is what readers get from a real host, headers and 301s included.
 *
 *   node scripts/serve-like-host.ts [--port 4329]
 *
 * nginx runs in the foreground, without root: its configuration, pid and temporary files
 * live in .astro/test-server-<port>/ (ignored by git), emptied at each start, so a server
 * killed without warning leaves nothing behind that grows. NGINX names the binary when it
 * is not /usr/sbin/nginx or on the PATH (Debian: apt-get install nginx-light).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHeadersFile } from './lib/quality/headersFile.ts';
import { parseRedirectsFile } from '../src/lib/site/redirectsFile.ts';
import { nginxConfig } from './lib/host/nginxConfig.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env['E2E_PORT'] ?? '4329' } } });
const port = Number(values.port);
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

function nginxBinary(): string {
  if (process.env['NGINX']) return process.env['NGINX'];
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  if (spawnSync('nginx', ['-v']).status === 0) return 'nginx';
  console.error('nginx is not installed. On Debian: apt-get install nginx-light (.ci/run does it), or set NGINX.');
  process.exit(1);
}

function readBuilt(name: string): string {
  const path = join(dist, name);
  if (!existsSync(path)) {
    console.error(`${path} is missing: run "npm run build" first.`);
    process.exit(1);
  }
  return readFileSync(path, 'utf8');
}

const hasIpv6Loopback = Object.values(networkInterfaces()).some((addresses) =>
  addresses?.some((address) => address.internal && address.address === '::1'),
);
const runDir = join(root, '.astro', `test-server-${port}`);
rmSync(runDir, { recursive: true, force: true });
mkdirSync(runDir, { recursive: true });
const configPath = join(runDir, 'nginx.conf');
writeFileSync(
  configPath,
  nginxConfig({
    root: dist,
    runDir,
    listen: [`127.0.0.1:${port}`, ...(hasIpv6Loopback ? [`[::1]:${port}`] : [])],
    headerRules: parseHeadersFile(readBuilt('_headers')),
    forwards: parseRedirectsFile(readBuilt('_redirects')),
  }),
);

const nginx = spawn(nginxBinary(), ['-p', runDir, '-c', configPath, '-e', 'stderr', '-g', 'daemon off;'], {
  stdio: 'inherit',
});
console.log(`Serving ${dist} with nginx at http://localhost:${port}/`);

function stop(): void {
  nginx.kill('SIGQUIT');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
nginx.on('exit', (code, signal) => {
  rmSync(runDir, { recursive: true, force: true });
  process.exit(code ?? (signal === 'SIGQUIT' ? 0 : 1));
});
