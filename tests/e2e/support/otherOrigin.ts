import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A newsroom's site on another origin than the one under test: a real HTTP server on
 * 127.0.0.1, which serves the pages a test puts on it. 127.0.0.1 rather than a page
 * fulfilled by page.route: Chromium's local network checks let a local address frame
 * localhost, and refuse a page they count as public.
 */
export interface OtherOrigin {
  origin: string;
  /** Serves `html` at `path` from now on. */
  put(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startOtherOrigin(): Promise<OtherOrigin> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
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
