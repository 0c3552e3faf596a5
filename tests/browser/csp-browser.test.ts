import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersFor, parseCsp, parseHeaders } from '../../scripts/bench/headers.ts';
import { launch } from '../helpers/browser.ts';
import { serve, type StaticSite } from '../../scripts/bench/static-server.ts';
import { readPages, selectAll } from '../helpers/site.ts';

const builds = inject('builds');

/** One page of each kind, below the base (the quotation permalink and search have tests of their own). */
const PAGES = [
  '',
  'articles/syria-israel-fifth-round/',
  'articles/syria-israel-fifth-round/agreement-or-normalization/',
  'quotes/',
  'speakers/',
  'speakers/thomas-barrack/',
  'claims/',
  'timeline/',
  'no-such-page/',
];

/** The CSP source (`'sha256-…'`) of every inline script the build writes, with the first page that has it. */
function inlineScriptSources(outDir: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const { path, tree } of readPages(outDir)) {
    // Data blocks (JSON-LD, the placeholders of deferred scripts) are never run, so the policy has nothing to allow for them.
    for (const script of selectAll('script:not([src]):not([type="application/ld+json"]):not([type="text/plain"])', tree)) {
      const text = script.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      const source = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      if (!sources.has(source)) sources.set(source, path || 'index.html');
    }
  }
  return sources;
}

interface Visit {
  page: Page;
  /** What the policy blocked so far: violation events, console errors naming the policy, uncaught errors. */
  blocked: () => Promise<string[]>;
}

/** A new page that records everything the Content-Security-Policy blocks, in the page and in its workers. */
async function watchedPage(context: BrowserContext): Promise<Visit> {
  const page = await context.newPage();
  const errors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' && /content security policy/i.test(message.text())) errors.push(`console: ${message.text()}`);
  };
  page.on('console', onConsole);
  page.on('worker', (worker) => worker.on('console', onConsole));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  const blocked = async () => [...errors, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
  return { page, blocked };
}

describe.each(Object.entries(builds))('the Content-Security-Policy of public/_headers, built for %s', (_name, { base, outDir }) => {
  const rules = parseHeaders(readFileSync(join(outDir, '_headers'), 'utf8'));
  const policy = headersFor(rules, '/')['Content-Security-Policy'] ?? '';
  let browser: Browser;
  let context: BrowserContext;
  let site: StaticSite;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launch(), serve(outDir, base, { headers: (path) => headersFor(rules, path) })]);
    context = await browser.newContext();
    await context.addInitScript(() => {
      const violations: string[] = [];
      Object.defineProperty(window, 'cspViolations', { value: violations });
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('allows by hash exactly the inline scripts the build writes', () => {
    const allowed = (parseCsp(policy)['script-src'] ?? []).filter((source) => source.startsWith("'sha256-"));
    const written = inlineScriptSources(outDir);
    const missing = [...written].filter(([source]) => !allowed.includes(source)).map(([source, page]) => `${source} (an inline script of ${page})`);
    const unused = allowed.filter((source) => !written.has(source));
    expect({ missing, unused }, "script-src in public/_headers: add the missing 'sha256-…' sources, remove the unused ones").toEqual({ missing: [], unused: [] });
  });

  it.each(PAGES)('blocks nothing on /%s', async (path) => {
    const { page, blocked } = await watchedPage(context);
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status()).toBe(path === 'no-such-page/' ? 404 : 200);
    expect(response?.headers()['content-security-policy']).toBe(policy);
    await page.waitForLoadState('networkidle');
    expect(await blocked()).toEqual([]);
    await page.close();
  });

  it('blocks nothing on the way from a quotation’s former page to its permalink', async () => {
    const { page, blocked } = await watchedPage(context);
    await page.goto(`${site.url}quotes/`);
    const cite = await page.getByRole('link', { name: /^cite$/i }).first().getAttribute('href');
    const id = /#cite-(q-[^/]+)$/.exec(cite!)![1];
    await page.goto(`${site.url}quotes/${id}/`);
    await page.waitForURL(/#cite-q-/);
    await page.waitForLoadState('networkidle');
    expect(await page.locator(`[id="cite-${id}"]`).isVisible()).toBe(true);
    expect(await blocked()).toEqual([]);
    await page.close();
  });

  it('lets Pagefind search in its worker with WebAssembly', async () => {
    const { page, blocked } = await watchedPage(context);
    await page.goto(`${site.url}search/?q=stalling`);
    // When the policy stops Pagefind no result ever comes: wait a while, then say what was blocked.
    await page.locator('.search-result').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    expect(await blocked()).toEqual([]);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(page.workers().map((worker) => worker.url())).toContain(`${site.url}pagefind/pagefind-worker.js`);
    await page.close();
  });

  it('runs the inline keyboard shortcut: "/" focuses the search field', async () => {
    const { page, blocked } = await watchedPage(context);
    await page.goto(`${site.url}articles/syria-israel-fifth-round/agreement-or-normalization/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await blocked()).toEqual([]);
    await page.close();
  });
});
