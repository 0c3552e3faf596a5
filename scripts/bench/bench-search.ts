/**
 * Search speed and relevance for `npm run bench`: serves a built site on 127.0.0.1, opens /search/ in Debian's
 * Chromium, and times queries from the moment they are entered to the first result drawn; on a fresh page,
 * weighs what a first query downloads; runs queries with known answers and ranks what the reader is shown.
 */
import { chromium, type Page } from 'playwright-core';
import { serve } from './static-server.ts';
import { SEARCH_TERMS_FILE } from '../../src/model/search-filters.ts';
import { RESULT_TYPES } from '../../src/outputs/search-records.ts';

/** What a reader is shown for a search: the results' addresses in order (path and fragment), and how the query was read. */
export interface SearchSeen {
  urls: string[];
  /** "Showing results for … · Search instead for …", or empty. */
  suggestion: string;
  /** "4 results for “Barrack”", or "No results …". */
  status: string;
}

/** Opens /search/ with these parameters (`q=Barack`, `type=Quotation&q=…`) and waits for the search to be done. */
export async function searchSeen(page: Page, siteUrl: string, params: string): Promise<SearchSeen> {
  await page.goto(`${siteUrl}search/?${params}`);
  await page.waitForFunction(
    () => Boolean(document.querySelector('[data-search-status]')?.textContent) && !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
    null,
    { timeout: 15_000 },
  );
  return page.evaluate(() => ({
    urls: [...document.querySelectorAll<HTMLAnchorElement>('.search-result__title a')].map((a) => new URL(a.href).pathname + new URL(a.href).hash),
    suggestion: document.querySelector('[data-search-suggestion]')?.textContent ?? '',
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
  }));
}

/** A query with known answers: any result whose address matches `expected` answers it. */
export interface RelevanceCase {
  /** What kind of query it is, for the report ("misspelt name"). */
  kind: string;
  params: string;
  expected: RegExp;
}

/** Runs every case on the search page, as a reader would, and ranks the first answer in what it shows. */
async function measureRelevance(page: Page, siteUrl: string, cases: readonly RelevanceCase[]): Promise<RelevanceReport> {
  const ranks: (number | null)[] = [];
  const byKind: Record<string, (number | null)[]> = {};
  const misses: RelevanceReport['misses'] = [];
  for (const { kind, params, expected } of cases) {
    const seen = await searchSeen(page, siteUrl, params);
    const rank = answerRank(seen.urls, expected);
    ranks.push(rank);
    (byKind[kind] ??= []).push(rank);
    if (!rank || rank > 3) misses.push({ params, first: seen.urls.slice(0, 3) });
  }
  return {
    cases: cases.length,
    ...relevanceScores(ranks),
    byKind: Object.fromEntries(Object.entries(byKind).map(([kind, list]) => [kind, { cases: list.length, top3: relevanceScores(list).top3 }])),
    misses,
  };
}

/** The rank (1 = first) of the first result that answers a case, or null when none of the first `depth` does. */
export function answerRank(urls: readonly string[], expected: RegExp, depth = 10): number | null {
  const index = urls.slice(0, depth).findIndex((url) => expected.test(url));
  return index < 0 ? null : index + 1;
}

/** The share of cases answered in the top three, and the mean reciprocal rank (an unanswered case counts 0). */
export function relevanceScores(ranks: readonly (number | null)[]): { top3: number; mrr: number } {
  const top3 = ranks.filter((rank) => rank !== null && rank <= 3).length / ranks.length;
  const mrr = ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / ranks.length;
  return { top3, mrr };
}


/** Milliseconds from entering each query to its first result drawn (null when none came within 15 s). */
export interface SearchTimes {
  /** The first run of each query, typed: loads the chunks it needs (includes the page's input debounce). */
  first: (number | null)[];
  /** The second run, typed into the field (includes the page's input debounce). */
  typed: (number | null)[];
  /** The second run, submitted with Enter: the search itself, with no debounce. */
  submitted: (number | null)[];
}

/** What a fresh page downloads for its first query. */
export interface FirstQueryBytes {
  query: string;
  /** The filters the page was opened with, as its address holds them (`type=Quotation`), or none. */
  filters: string;
  requests: number;
  /** Bytes received (response headers and body as sent: Pagefind's index files are gzipped, the rest as served) by kind of file. */
  bytes: Record<'js' | 'wasm' | 'index' | 'filters' | 'fragments' | 'terms' | 'other', number>;
}

/** All the bytes a first query downloaded. */
export const totalBytes = ({ bytes }: FirstQueryBytes) => Object.values(bytes).reduce((a, b) => a + b, 0);

/** The first query as the report names it: its words, and the filters in the page's address if any. */
export const firstQueryName = ({ query, filters }: FirstQueryBytes) => `"${query}"${filters ? ` with ?${filters}` : ''}`;

/** Where a query's time goes, measured with Pagefind's API in the page once its chunks are loaded. */
export interface QueryBreakdown {
  results: number;
  /** `pagefind.search()` alone. */
  searchMs: number;
  /** Loading the data (excerpt, meta) of the first 10 results, then of the first 50. */
  data10Ms: number;
  data50Ms: number;
}

/** How well queries with known answers were answered. */
export interface RelevanceReport {
  cases: number;
  /** The share answered among the first three results. */
  top3: number;
  /** Mean reciprocal rank over the first ten. */
  mrr: number;
  /** By kind of query (names, misspelt names, roles, a quotation's rarest words): cases, share in the top three. */
  byKind: Record<string, { cases: number; top3: number }>;
  /** The cases not answered in the top three, with what came first instead. */
  misses: { params: string; first: string[] }[];
}

/** Everything the search measurement found. */
export interface SearchReport {
  queries: string[];
  times: SearchTimes;
  breakdown: QueryBreakdown[];
  firstQuery: FirstQueryBytes;
  /** The same query among the quotations alone: a search of the records' bundle, all its shards. */
  firstRecordsQuery: FirstQueryBytes;
  relevance: RelevanceReport;
}

/** Enters a query (as typing does, or with Enter) and resolves with the milliseconds until the first result is drawn. */
function timeQuery(page: Page, query: string, submit: boolean): Promise<number | null> {
  return page.evaluate(
    ({ query, submit }) =>
      new Promise<number | null>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#search-query')!;
        const list = document.querySelector('[data-search-results]')!;
        const observer = new MutationObserver(() => {
          if (!list.querySelector('.search-result')) return;
          observer.disconnect();
          clearTimeout(timeout);
          // Drawn: the frame after the results are in the page.
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        const timeout = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 15_000);
        observer.observe(list, { childList: true });
        const start = performance.now();
        input.value = query;
        if (submit) input.form!.requestSubmit();
        else input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { query, submit },
  );
}

/** Times each query's parts with the page's own Pagefind instance (already initialised by the page). */
function breakdown(page: Page, queries: readonly string[]): Promise<QueryBreakdown[]> {
  return page.evaluate(async (queries) => {
    type Result = { data: () => Promise<unknown> };
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as { search: (query: string) => Promise<{ results: Result[] }> };
    const parts: QueryBreakdown[] = [];
    for (const query of queries) {
      let start = performance.now();
      const { results } = await pagefind.search(query);
      const searchMs = performance.now() - start;
      start = performance.now();
      await Promise.all(results.slice(0, 10).map((r) => r.data()));
      const data10Ms = performance.now() - start;
      start = performance.now();
      await Promise.all(results.slice(0, 50).map((r) => r.data()));
      parts.push({ results: results.length, searchMs, data10Ms, data50Ms: performance.now() - start });
    }
    return parts;
  }, queries);
}

/** Empties the field and waits past the page's input debounce, so no search is pending. */
async function clear(page: Page): Promise<void> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#search-query')!;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForTimeout(300);
  await page.waitForFunction(() => !document.querySelector('.search-result'));
}

function kindOf(url: string): keyof FirstQueryBytes['bytes'] {
  const path = new URL(url).pathname;
  if (path.endsWith('.js')) return 'js';
  if (/\/wasm\.[^/]*\.pagefind$/.test(path) || path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('.pf_index') || path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'index';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith(SEARCH_TERMS_FILE)) return 'terms';
  return 'other';
}

/**
 * The bytes a fresh page downloads for its first query: from the first keystroke (the page loads its scripts on
 * interaction; the query is typed at a reader's pace) until the network has been quiet for a second after the
 * first result. Opened with `filters`, as a shared link, the page loads the search as it opens: then from opening
 * it, the page's own HTML left out.
 */
async function firstQueryBytes(page: Page, url: string, query: string, filters = ''): Promise<FirstQueryBytes> {
  const bytes: FirstQueryBytes['bytes'] = { js: 0, wasm: 0, index: 0, filters: 0, fragments: 0, terms: 0, other: 0 };
  let requests = 0;
  let last = performance.now();
  const listen = () => {
    // Page events include the requests of Pagefind's worker, which a CDP session on the page does not see.
    page.on('request', () => (last = performance.now()));
    page.on('requestfinished', (request) => {
      last = performance.now();
      if (request.resourceType() === 'document') return;
      void request.sizes().then((sizes) => {
        requests++;
        bytes[kindOf(request.url())] += sizes.responseBodySize + sizes.responseHeadersSize;
      });
    });
  };
  if (filters) listen();
  await page.goto(`${url}search/${filters && `?${filters}`}`, { waitUntil: 'networkidle' });
  if (!filters) listen();
  const quiet = async (ms: number) => {
    while (performance.now() - last < ms) await page.waitForTimeout(100);
  };
  // The page loads its search script on the first key; once started, the script sets the field to the URL's
  // query, erasing what was typed before it ran. So a first key that types nothing, then the query.
  await page.focus('#search-query');
  await page.keyboard.press('Shift');
  await quiet(500);
  await page.keyboard.type(query, { delay: 120 });
  await page.locator('.search-result').first().waitFor({ timeout: 30_000 });
  await quiet(1000);
  page.removeAllListeners('requestfinished');
  return { query, filters, requests, bytes };
}

/**
 * Runs every query twice on one page (the first run loads its chunks), weighs a first query on a fresh page, and
 * ranks the answers to the relevance cases. The page is opened with `warmUp` in its URL, which loads its scripts
 * and Pagefind as a shared search link does.
 */
export async function measureSearch(outDir: string, queries: readonly string[], warmUp: string, cases: readonly RelevanceCase[], chromiumPath: string): Promise<SearchReport> {
  const site = await serve(outDir, '/');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const times: SearchTimes = { first: [], typed: [], submitted: [] };
    const page = await browser.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent(warmUp)}`);
    await page.locator('.search-result').first().waitFor({ timeout: 30_000 });
    await clear(page);
    for (const query of queries) {
      times.first.push(await timeQuery(page, query, false));
      await clear(page);
      times.typed.push(await timeQuery(page, query, false));
      await clear(page);
      times.submitted.push(await timeQuery(page, query, true));
      await clear(page);
    }
    const parts = await breakdown(page, queries);
    const relevance = await measureRelevance(page, site.url, cases);
    await page.close();
    const onFreshPage = async (filters?: string) => {
      const fresh = await browser.newContext();
      const bytes = await firstQueryBytes(await fresh.newPage(), site.url, queries[0]!, filters);
      await fresh.close();
      return bytes;
    };
    const firstQuery = await onFreshPage();
    const firstRecordsQuery = await onFreshPage(`type=${RESULT_TYPES.quotation}`);
    return { queries: [...queries], times, breakdown: parts, firstQuery, firstRecordsQuery, relevance };
  } finally {
    await browser.close();
    await site.close();
  }
}
