/**
 * Serves a built site on a loopback port under its base path, as a static host would (for tests and the benchmark):
 * text gzipped for a browser that accepts it, as GitHub Pages, Netlify and Cloudflare Pages send it, so that what
 * the benchmark weighs is what a reader downloads. Pagefind's files are gzipped already and go as they are.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

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

/** The files a static host compresses: text (Pagefind's WebAssembly and index files are gzipped in the files themselves). */
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.csv']);

/** Whether the request's `Accept-Encoding` takes gzip (`gzip;q=0` refuses it). */
export function acceptsGzip(request: Pick<IncomingMessage, 'headers'>): boolean {
  const accepted = String(request.headers['accept-encoding'] ?? '').split(',');
  return accepted.some((part) => {
    const [coding, ...parameters] = part.trim().toLowerCase().split(';');
    const quality = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    return (coding === 'gzip' || coding === '*') && (quality === undefined || Number(quality) > 0);
  });
}

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
    const found = file.startsWith(outDir) && existsSync(file);
    const sent = found ? file : join(outDir, '404.html');
    const compressed = COMPRESSED.has(extname(sent));
    const gzipped = compressed && acceptsGzip(request);
    response.writeHead(found ? 200 : 404, {
      ...extra,
      'Content-Type': TYPES[extname(sent)] ?? 'application/octet-stream',
      ...(compressed && { Vary: 'Accept-Encoding' }),
      ...(gzipped && { 'Content-Encoding': 'gzip' }),
    });
    const body = createReadStream(sent);
    (gzipped ? body.pipe(createGzip()) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
