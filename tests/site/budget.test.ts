import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { deferModuleScripts } from '../../src/outputs/deferred-scripts.ts';
import { browserOnSite } from '../helpers/browser.ts';

const KB = 1024;
const { base, outDir } = inject('builds').root;
const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' });

describe('deferModuleScripts', () => {
  it('turns module scripts into placeholders the inline loader brings back, and leaves other scripts alone', () => {
    const html = '<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{}</script><script>inline()</script>';
    expect(deferModuleScripts(html)).toBe('<script type="text/plain" data-enhancement="/_astro/a.js"></script><script type="application/ld+json">{}</script><script>inline()</script>');
  });
});

describe('page weight budgets', () => {
  it('keeps every section page under 15 KB of gzipped HTML', () => {
    const sections = files(join(outDir, 'articles')).filter((name) => name.split('/').length === 3 && name.endsWith('index.html'));
    expect(sections.length).toBeGreaterThan(0);
    const over = sections.map((name) => [name, gzipped(join(outDir, 'articles', name))] as const).filter(([, size]) => size > 15 * KB);
    expect(over).toEqual([]);
  });

  it('keeps all CSS under 10 KB gzipped', () => {
    const css = files(join(outDir, '_astro')).filter((name) => name.endsWith('.css'));
    expect(css.reduce((sum, name) => sum + gzipped(join(outDir, '_astro', name)), 0)).toBeLessThanOrEqual(10 * KB);
  });
});

describe('JavaScript budgets in Chromium', () => {
  const running = browserOnSite({ base, outDir });

  /** The scripts a page fetches, by path. */
  const scriptsFetched = (page: Page) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.resourceType() === 'script' || /\.(m?js|wasm)$/.test(path)) fetched.push(path);
    });
    return fetched;
  };

  it.each(['', 'articles/syria-israel-fifth-round/agreement-or-normalization/', 'quotes/', 'claims/', 'timeline/', 'search/'])(
    'loads no JavaScript before the reader interacts: /%s',
    async (path) => {
      const page = await running.browser.newPage();
      const fetched = scriptsFetched(page);
      await page.goto(`${running.site.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(fetched).toEqual([]);
      await page.close();
    },
  );

  it('loads the page’s enhancements once the reader interacts', async () => {
    const page = await running.browser.newPage();
    const fetched = scriptsFetched(page);
    await page.goto(`${running.site.url}quotes/`);
    await page.getByLabel('Speaker').focus();
    await expect.poll(() => fetched.some((path) => path.includes('ListFilters'))).toBe(true);
    await page.getByLabel('Speaker').selectOption('thomas-barrack');
    await expect.poll(() => page.locator('.quote-item:visible').count()).toBe(3);
    await page.close();
  });

  it('loads at most 30 KB of gzipped JavaScript on the first search, Pagefind’s wasm and index chunks aside', async () => {
    const page = await running.browser.newPage();
    const fetched = scriptsFetched(page);
    await page.goto(`${running.site.url}search/`);
    await page.getByLabel('Search for').fill('stalling');
    await page.locator('.search-result').first().waitFor();
    const scripts = [...new Set(fetched.filter((path) => /\.m?js$/.test(path)))];
    expect(scripts.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    const total = scripts.reduce((sum, path) => sum + gzipped(join(outDir, path.slice(base.length))), 0);
    expect(total).toBeLessThanOrEqual(30 * KB);
    await page.close();
  });
});
