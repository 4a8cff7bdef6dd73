import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A page on another site (a newsroom's), served for real from 127.0.0.1: another origin than
 * the site's localhost, and a local address, which Chromium's local network checks require of
 * a page that frames or fetches from localhost (a page fulfilled by page.route counts as public
 * and is refused). `pages` maps a path to the HTML served there; it may be filled in later.
 */
export interface OtherOrigin {
  origin: string;
  /** Serves `html` at `path` from now on. */
  put(path: string, html: string): void;
  close(): Promise<void>;
}

export async function serveOnOtherOrigin(pages: Map<string, string> = new Map()): Promise<OtherOrigin> {
  const server = createServer((request, response) => {
    const body = pages.get(request.url ?? '');
    response.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    put: (path, html) => pages.set(path, html),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Another origin with nothing on it yet: `put` the pages a test needs. */
export function startOtherOrigin(): Promise<OtherOrigin> {
  return serveOnOtherOrigin();
}

/**
 * Serves another origin for the tests of one file: started before them, stopped after.
 * Read `origin` inside a test; fill `pages` with what it serves.
 */
export function otherOriginForTests(test: {
  beforeAll(run: () => Promise<void>): void;
  afterAll(run: () => Promise<void>): void;
}): { readonly origin: string; pages: Map<string, string> } {
  const pages = new Map<string, string>();
  let server: OtherOrigin | undefined;
  test.beforeAll(async () => {
    server = await serveOnOtherOrigin(pages);
  });
  test.afterAll(async () => {
    await server?.close();
  });
  return {
    pages,
    get origin() {
      if (!server) throw new Error('The other origin is served only while the tests run.');
      return server.origin;
    },
  };
}
