import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, serve, type StaticSite } from '../../scripts/bench/static-server.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET (fetch would undo the gzip before the test could see it). */
const request = (url: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });

describe('acceptsGzip', () => {
  it('takes gzip when the browser names it or any coding, and not when refused', () => {
    const accepts = (value?: string) => acceptsGzip({ headers: value === undefined ? {} : { 'accept-encoding': value } });
    expect(accepts('gzip, deflate, br, zstd')).toBe(true);
    expect(accepts('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(accepts('*')).toBe(true);
    expect(accepts('gzip;q=0')).toBe(false);
    expect(accepts('br, deflate')).toBe(false);
    expect(accepts('')).toBe(false);
    expect(accepts()).toBe(false);
  });
});

describe('the static server', () => {
  const script = 'export const words = "the same words, again and again";\n'.repeat(200);
  const chunk = Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4]);
  let dir = '';
  let site: StaticSite;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-static-'));
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'pagefind', 'pagefind.js'), script);
    writeFileSync(join(dir, 'pagefind', 'en_1.pf_meta'), chunk);
    writeFileSync(join(dir, '404.html'), '<p>Not here</p>');
    site = await serve(dir, '/sub/');
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gzips text for a browser that accepts it, as static hosts do', async () => {
    const answer = await request(`${site.url}pagefind/pagefind.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(answer.body).toString()).toBe(script);
  });

  it('sends text as it is to a client that does not accept gzip', async () => {
    const answer = await request(`${site.url}pagefind/pagefind.js`);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(script);
  });

  it('sends Pagefind’s files, gzipped already, byte for byte', async () => {
    const answer = await request(`${site.url}pagefind/en_1.pf_meta`, { 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body).toEqual(chunk);
  });

  it('answers a missing file, or one outside the base, with the site’s 404 page', async () => {
    for (const url of [`${site.url}nothing/`, site.url.replace('/sub/', '/elsewhere/')]) {
      const answer = await request(url, { 'accept-encoding': 'gzip' });
      expect(answer.status).toBe(404);
      expect(gunzipSync(answer.body).toString()).toBe('<p>Not here</p>');
    }
  });
});
