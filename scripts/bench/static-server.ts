/** Serves a built site on a loopback port under its base path, as a static host would (for tests and the benchmark). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  /** The site's root URL, base path included, such as `http://127.0.0.1:5123/verbatim/`. */
  url: string;
  close: () => Promise<void>;
}

/** How `serve` answers beyond the files themselves. */
export interface ServeOptions {
  /** Extra response headers for a request, given its path below the base with a leading slash (`/search/`). */
  headers?: (path: string) => Record<string, string>;
}

/** Serves `outDir` under `base` on a loopback port, with any extra headers `options.headers` gives for a path. */
export async function serve(outDir: string, base: string, options: ServeOptions = {}): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const extra = options.headers?.(path.startsWith(base) ? `/${path.slice(base.length)}` : path) ?? {};
    let file = path.startsWith(base) ? normalize(join(outDir, path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(outDir) || !existsSync(file)) {
      response.writeHead(404, { ...extra, 'Content-Type': TYPES['.html']! });
      createReadStream(join(outDir, '404.html')).pipe(response);
      return;
    }
    response.writeHead(200, { ...extra, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
