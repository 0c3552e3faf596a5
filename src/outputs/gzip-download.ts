import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * A corpus-wide export as a gzip download: its text compressed once at the build (a fifth to a tenth of its size,
 * which keeps it under every host's limit a file at ten thousand articles), byte-identical from build to build
 * (Node writes no timestamp into the gzip header). pandas, R, DuckDB and jq (after `gunzip`) read it as it is.
 */
export function gzipDownload(text: string): Response {
  return new Response(gzipSync(text, { level: 9 }), { headers: { 'Content-Type': 'application/gzip' } });
}

/** A gzip download of the built site read back as JSON (by the checks that run on `dist/`, and the tests). */
export function readGzipJson<T>(file: string): T {
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as T;
}
