/**
 * An nginx configuration that serves a built site the way a static host does, from the
 * site's own `_headers` and `_redirects`: each rule's headers on the addresses it matches
 * (on every response, errors and forwards included), the forwards as redirects, folders
 * served by their index.html, an address without its trailing slash sent on to it, and
 * 404.html for what is missing, with text compressed as every static host does. Everything nginx writes goes to `runDir`, so it runs
 * without root. The end-to-end tests serve dist/ with it (scripts/serve-like-host.ts).
 */
import { headersFor, type HeaderRule } from '../quality/headersFile.ts';

export interface NginxSiteOptions {
  /** The built site's folder (absolute). */
  root: string;
  /** Where nginx keeps its pid file and temporary files (absolute). */
  runDir: string;
  /** `address:port` pairs to listen on, such as `127.0.0.1:4329`. */
  listen: string[];
  headerRules: HeaderRule[];
  forwards: { from: string; to: string; status: number }[];
}

/** Media types by file extension, for every kind of file the site publishes. */
export const MEDIA_TYPES: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  geojson: 'application/geo+json',
  csv: 'text/csv',
  xml: 'application/xml',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
};

const TEXT_TYPES = [
  'text/css',
  'text/javascript',
  'application/json',
  'application/geo+json',
  'text/csv',
  'application/xml',
  'text/plain',
  'image/svg+xml',
];

/** A value in double quotes, as nginx reads it. nginx would expand a `$`, and has no escape for one. */
function quoted(value: string): string {
  if (value.includes('$')) throw new Error(`nginx cannot send a "$" as written: ${value}`);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function isSitePath(path: string): boolean {
  return path.startsWith('/') && !/[\s{};$]/.test(path);
}

interface Location {
  match: string;
  headers: Map<string, string>;
  /** A redirect; else the location serves files. */
  forward?: { to: string; status: number };
  hidden?: boolean;
}

/** Where each `_headers` rule applies, as nginx locations, with every header that applies there. */
function headerLocations(rules: HeaderRule[]): Location[] {
  const locations: Location[] = [];
  for (const { pattern } of rules) {
    if (pattern === '/*') continue;
    const wildcard = pattern.indexOf('*');
    if (!isSitePath(pattern) || pattern.includes(':') || (wildcard !== -1 && wildcard !== pattern.length - 1)) {
      throw new Error(
        `_headers rule "${pattern}": the test server handles an exact path or a folder ending in "/*" only.`,
      );
    }
    if (pattern.endsWith('/*')) {
      const prefix = pattern.slice(0, -1);
      locations.push({ match: `^~ ${prefix}`, headers: headersFor(rules, `${prefix}index.html`) });
    } else if (wildcard !== -1) {
      throw new Error(`_headers rule "${pattern}": a "*" must follow a "/".`);
    } else {
      const headers = headersFor(rules, pattern);
      locations.push({ match: `= ${pattern}`, headers });
      // nginx serves a folder by handing its index.html to the locations again.
      if (pattern.endsWith('/')) locations.push({ match: `= ${pattern}index.html`, headers });
    }
  }
  const everywhere = rules.filter((rule) => rule.pattern === '/*');
  locations.push({ match: '/', headers: headersFor(everywhere, '/') });
  return locations;
}

function locationBlock(location: Location): string[] {
  const lines = [...location.headers].map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`);
  if (location.hidden) lines.push('    return 404;');
  else if (location.forward) lines.push(`    return ${location.forward.status} ${location.forward.to};`);
  else lines.push('    try_files $uri $uri/ =404;');
  return [`  location ${location.match} {`, ...lines, '  }'];
}

export function nginxConfig(options: NginxSiteOptions): string {
  const locations = headerLocations(options.headerRules);
  const everywhere = options.headerRules.filter((rule) => rule.pattern === '/*');
  for (const forward of options.forwards) {
    if (!isSitePath(forward.from) || forward.from.includes('*') || forward.from.includes(':')) {
      throw new Error(`_redirects: the test server handles forwards from one exact path only, not "${forward.from}".`);
    }
    if (!isSitePath(forward.to) && !/^https?:\/\/\S+$/.test(forward.to)) {
      throw new Error(`_redirects: "${forward.to}" is not an address.`);
    }
    locations.push({
      match: `= ${forward.from}`,
      headers: headersFor(options.headerRules, forward.from),
      forward: { to: forward.to, status: forward.status },
    });
  }
  // Hosts read these two files; they never serve them.
  for (const file of ['/_headers', '/_redirects']) {
    locations.push({ match: `= ${file}`, headers: headersFor(everywhere, file), hidden: true });
  }
  const matches = new Set<string>();
  for (const { match } of locations) {
    if (matches.has(match)) throw new Error(`Two rules claim the same address: location ${match}.`);
    matches.add(match);
  }
  const types = Object.entries(MEDIA_TYPES).map(([extension, type]) => `    ${type} ${extension};`);
  return [
    `pid ${options.runDir}/nginx.pid;`,
    'error_log stderr warn;',
    'worker_processes 1;',
    'events {',
    '  worker_connections 256;',
    '}',
    'http {',
    '  access_log off;',
    '  server_tokens off;',
    `  client_body_temp_path ${options.runDir}/client-body;`,
    `  proxy_temp_path ${options.runDir}/proxy;`,
    `  fastcgi_temp_path ${options.runDir}/fastcgi;`,
    `  uwsgi_temp_path ${options.runDir}/uwsgi;`,
    `  scgi_temp_path ${options.runDir}/scgi;`,
    '  types {',
    ...types,
    '  }',
    '  default_type application/octet-stream;',
    '  charset utf-8;',
    `  charset_types ${TEXT_TYPES.join(' ')};`,
    '  sendfile on;',
    // Every static host compresses text (Netlify, Cloudflare Pages, GitHub Pages): served
    // uncompressed, the pages would be measured and tested heavier than readers get them.
    '  gzip on;',
    // nginx's own default is level 1, the fastest and the weakest; those hosts compress
    // harder (brotli, or gzip at about 6), and level 6 is the usual nginx setting.
    '  gzip_comp_level 6;',
    '  gzip_vary on;',
    '  gzip_min_length 256;',
    `  gzip_types ${TEXT_TYPES.join(' ')};`,
    'server {',
    ...options.listen.map((address) => `  listen ${address};`),
    `  root ${options.root};`,
    '  index index.html;',
    // A folder's address without its slash is sent on to it, by path alone: the host's name
    // and port are the reader's.
    '  absolute_redirect off;',
    '  error_page 404 /404.html;',
    ...locations.flatMap(locationBlock),
    '}',
    '}',
    '',
  ].join('\n');
}
