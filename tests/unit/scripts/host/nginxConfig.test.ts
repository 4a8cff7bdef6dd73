import { describe, expect, it } from 'vitest';
import { nginxConfig, type NginxSiteOptions } from '../../../../scripts/lib/host/nginxConfig.ts';
import { parseHeadersFile } from '../../../../scripts/lib/quality/headersFile.ts';

const HEADERS = `/*
  X-Everywhere: yes
/
  X-Home: policy 'none'
/embed/*
  X-Embed: frame "any"
`;

function config(overrides: Partial<NginxSiteOptions> = {}): string {
  return nginxConfig({
    root: '/site/dist',
    runDir: '/tmp/run',
    listen: ['127.0.0.1:4000'],
    headerRules: parseHeadersFile(HEADERS),
    forwards: [{ from: '/trips/old/', to: '/trips/new/', status: 301 }],
    ...overrides,
  });
}

/** The body of one `location <match> { … }` block. */
function location(text: string, match: string): string {
  const start = text.indexOf(`location ${match} {`);
  if (start === -1) throw new Error(`no location ${match} in\n${text}`);
  return text.slice(start, text.indexOf('}', start));
}

describe('nginxConfig', () => {
  it("gives each rule's address every header that applies there, on every response", () => {
    const text = config();
    const home = location(text, '= /');
    expect(home).toContain('add_header x-everywhere "yes" always;');
    expect(home).toContain(`add_header x-home "policy 'none'" always;`);
    // nginx serves / by handing /index.html to the locations again: it gets the same headers.
    expect(location(text, '= /index.html')).toContain('x-home');
    const embed = location(text, '^~ /embed/');
    expect(embed).toContain('add_header x-embed "frame \\"any\\"" always;');
    expect(embed).toContain('x-everywhere');
    expect(embed).not.toContain('x-home');
    const elsewhere = location(text, '/');
    expect(elsewhere).toContain('x-everywhere');
    expect(elsewhere).not.toMatch(/x-home|x-embed/);
  });

  it('sends a forward with its status, and serves folders, slashes and 404 as a static host', () => {
    const text = config();
    const forward = location(text, '= /trips/old/');
    expect(forward).toContain('return 301 /trips/new/;');
    expect(forward).toContain('x-everywhere');
    expect(location(text, '/')).toContain('try_files $uri $uri/ =404;');
    expect(text).toContain('index index.html;');
    expect(text).toContain('absolute_redirect off;');
    expect(text).toContain('error_page 404 /404.html;');
    expect(location(text, '= /_redirects')).toContain('return 404;');
    expect(location(text, '= /_headers')).toContain('return 404;');
  });

  it('keeps everything nginx writes in the run folder and listens where asked', () => {
    const text = config({ listen: ['127.0.0.1:4000', '[::1]:4000'] });
    expect(text).toContain('pid /tmp/run/nginx.pid;');
    for (const line of text.split('\n').filter((line) => /_temp_path /.test(line))) {
      expect(line).toMatch(/ \/tmp\/run\//);
    }
    expect(text).toContain('listen 127.0.0.1:4000;');
    expect(text).toContain('listen [::1]:4000;');
    expect(text).toContain('root /site/dist;');
  });

  it('refuses rules it cannot apply as a host would, rather than serving something else', () => {
    expect(() => config({ headerRules: parseHeadersFile('/trips/:slug/\n  X-A: 1\n') })).toThrow(/trips\/:slug/);
    expect(() => config({ headerRules: parseHeadersFile('/*.png\n  X-A: 1\n') })).toThrow(/\*\.png/);
    expect(() => config({ headerRules: parseHeadersFile('/*\n  X-A: $host\n') })).toThrow(/\$/);
    expect(() => config({ forwards: [{ from: '/old/*', to: '/new/', status: 301 }] })).toThrow(/\/old\/\*/);
    expect(() =>
      config({
        forwards: [
          { from: '/a/', to: '/b/', status: 301 },
          { from: '/a/', to: '/c/', status: 301 },
        ],
      }),
    ).toThrow(/same address/);
  });
});
