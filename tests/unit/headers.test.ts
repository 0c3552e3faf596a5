import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, matchesPath, parseCsp, parseHeaders } from '../../scripts/bench/headers.ts';

const SAMPLE = `# Site-wide
/*
  X-Frame-Options: DENY
  # a comment between headers
  Cache-Control: max-age=0
  cache-control: no-cache

# Static assets
/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/speakers/:id/
  X-Robots-Tag: noindex
/*.json
  Access-Control-Allow-Origin: *
  Link: </style.css>; rel=preload; as=style
`;

describe('parseHeaders', () => {
  it('reads path blocks, skips comments and blank lines, joins a repeated header with ", "', () => {
    expect(parseHeaders(SAMPLE)).toEqual([
      { path: '/*', headers: { 'X-Frame-Options': 'DENY', 'Cache-Control': 'max-age=0, no-cache' } },
      { path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
      { path: '/speakers/:id/', headers: { 'X-Robots-Tag': 'noindex' } },
      { path: '/*.json', headers: { 'Access-Control-Allow-Origin': '*', Link: '</style.css>; rel=preload; as=style' } },
    ]);
  });

  it('reads Windows line endings and a file of comments only', () => {
    expect(parseHeaders('/a\r\n  X-A: 1\r\n')).toEqual([{ path: '/a', headers: { 'X-A': '1' } }]);
    expect(parseHeaders('# nothing yet\n\n')).toEqual([]);
  });

  it.each([
    ['  X-Frame-Options: DENY\n', /line 1: header "X-Frame-Options" comes before any path/],
    ['/*\nX-Frame-Options: DENY\n', /line 2: expected an indented "Name: value"/],
    ['/*\n  X-Frame-Options DENY\n', /line 2: expected an indented "Name: value"/],
    ['/*\n  X-Frame-Options:\n', /line 2: header "X-Frame-Options" has no value/],
    ['*.json\n  X-A: 1\n', /line 1: expected an indented "Name: value" or a path/],
  ])('rejects %j, naming the line', (text, message) => {
    expect(() => parseHeaders(text)).toThrow(message);
  });
});

describe('matchesPath', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/articles/a/b/', true],
    ['/_astro/*', '/_astro/Base.css', true],
    ['/_astro/*', '/speakers/', false],
    ['/*.json', '/quotes.json', true],
    ['/*.json', '/quotes/q-1.csl.json', true],
    ['/*.json', '/quotes.csv', false],
    ['/speakers/:id/', '/speakers/thomas-barrack/', true],
    ['/speakers/:id/', '/speakers/', false],
    ['/speakers/:id/', '/speakers/a/b/', false],
    ['/search/', '/search/', true],
    ['/a.b', '/aXb', false],
  ])('%s matches %s: %s', (pattern, path, matches) => {
    expect(matchesPath(pattern, path)).toBe(matches);
  });
});

describe('headersFor', () => {
  const rules = parseHeaders(SAMPLE);

  it('gives a path the headers of every rule it matches, a name set twice joined with ", "', () => {
    expect(headersFor(rules, '/_astro/Base.css')).toEqual({
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'max-age=0, no-cache, public, max-age=31536000, immutable',
    });
    expect(headersFor(rules, '/speakers/donald-trump/')).toEqual({
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'max-age=0, no-cache',
      'X-Robots-Tag': 'noindex',
    });
  });

  it('gives nothing to a path no rule matches', () => {
    expect(headersFor(parseHeaders('/a/\n  X-A: 1\n'), '/b/')).toEqual({});
  });
});

describe('parseCsp', () => {
  it('splits a policy into directives, names in lower case, the first of a repeated directive winning', () => {
    expect(parseCsp("default-src 'self'; Script-Src 'self' 'wasm-unsafe-eval';; img-src 'self' data:; script-src *;")).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'img-src': ["'self'", 'data:'],
    });
  });
});

describe('public/_headers', () => {
  const rules = parseHeaders(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
  const site = headersFor(rules, '/');
  const csp = parseCsp(site['Content-Security-Policy'] ?? '');

  /** The CSP source for the keyboard-shortcut script of every page, which Astro writes exactly as Base.astro has it. */
  function baseScriptHash(): string {
    const layout = readFileSync(new URL('../../src/layouts/Base.astro', import.meta.url), 'utf8');
    const script = /<script is:inline>([\s\S]*?)<\/script>/.exec(layout)?.[1];
    if (script === undefined) throw new Error('no <script is:inline> in src/layouts/Base.astro');
    return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  }

  it('sets its headers for every path, as one rule for /*, and the gzip downloads’ type on top', () => {
    expect(rules.map((rule) => rule.path)).toEqual(['/*', '/*.gz']);
    expect(headersFor(rules, '/articles/syria-israel-fifth-round/introduction/')).toEqual(site);
    expect(headersFor(rules, '/pagefind/pagefind-worker.js')).toEqual(site);
    expect(headersFor(rules, '/quotes.json.gz')).toEqual({ ...site, 'Content-Type': 'application/gzip', 'Content-Disposition': 'attachment' });
  });

  it('has a CSP allowing the site’s own files, the inline keyboard-shortcut script and WebAssembly, and nothing inline or eval', () => {
    expect(csp['script-src']).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'", baseScriptHash()]));
    expect(csp['script-src']!.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(Object.values(csp).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(csp).flat()).not.toContain("'unsafe-eval'");
    expect(csp).toMatchObject({
      'default-src': ["'self'"],
      'worker-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('sets the other security headers', () => {
    expect(site).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(site['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(site['Permissions-Policy']).toMatch(/microphone=\(\)/);
    expect(site['Permissions-Policy']).toMatch(/geolocation=\(\)/);
  });

  it('keeps every line within Cloudflare’s 2,000 characters', () => {
    const lines = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8').split('\n');
    expect(lines.filter((line) => line.length > 2000)).toEqual([]);
  });
});
