/**
 * The search page: query and filters live in the URL, so a search can be shared, bookmarked and reloaded.
 * Pagefind is loaded only once the reader searches (a query in the URL counts as searching). A search looks in
 * the pages' bundle, where each quotation is a sub-result of its section; one that filters or sorts quotations
 * and claims looks in their own bundle of records instead.
 */
import { inQuotes } from '../views/in-quotes.ts';
import type { QuotationSearchMeta } from '../views/quotation-index.ts';
import type { PagefindApi, PagefindResult, PagefindResultData } from './pagefind-types.ts';
import { SEARCH_BUNDLES, SEARCH_FILTERS, type SearchFilterName } from '../model/search-filters.ts';
import { escapeHtml } from '../model/strings.ts';

const FILTER_NAMES = SEARCH_FILTERS.map((filter) => filter.name);
/** Results drawn at a time: each needs its own small fetch. */
const PAGE_SIZE = 10;
/** The sort choices of the page, by the sort keys each record carries (see dateSortKeys). */
const SORTS: Record<string, Record<string, 'asc' | 'desc'>> = { 'date-asc': { oldest: 'asc' }, 'date-desc': { newest: 'desc' } };

/** Filters only the records carry (a page has no speaker or quotation kind of its own). */
const RECORD_FILTERS: readonly SearchFilterName[] = ['speaker', 'affiliation', 'kind'];
/** Result types only the records carry. */
const RECORD_TYPES = ['Quotation', 'Claim'];

/** Whether a search needs the records' bundle: it filters or sorts what only records carry. */
export function needsRecords(filters: Record<string, string>, sorted: boolean): boolean {
  return sorted || RECORD_FILTERS.some((name) => filters[name]) || RECORD_TYPES.includes(filters.type ?? '');
}

/**
 * A page's result as the reader sees it: each quotation of a section that holds the query as a quotation result
 * of its own (linking to its place in the text), then the section itself.
 */
export function pageResults(data: PagefindResultData): PagefindResultData[] {
  const quotations = data.meta.quotations ? (JSON.parse(data.meta.quotations) as QuotationSearchMeta) : {};
  const found = (data.sub_results ?? []).flatMap((sub) => {
    const quotation = sub.anchor && quotations[sub.anchor.id];
    if (!quotation) return [];
    const url = sub.url.replace(/#.*$/, `#${quotation.place}`);
    return [{ url, excerpt: sub.excerpt, filters: {}, meta: { type: 'Quotation', title: sub.title, speaker: quotation.speaker, kind: quotation.kind, section: data.meta.title, article: data.meta.article } }];
  });
  return [...found, data];
}

/** One result: its type, title linking to its place, who said it, and the excerpt with the matches marked. */
function renderResult(data: PagefindResultData): string {
  const { meta } = data;
  const details = [meta.speaker, meta.kind && `${meta.kind} quotation`, meta.status, meta.section && `in ${inQuotes(meta.section)}`, meta.article]
    .filter(Boolean)
    .map((part) => escapeHtml(part!))
    .join(' · ');
  // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matched words.
  return `<li class="search-result search-result--${escapeHtml((meta.type ?? 'page').toLowerCase())}">
  <p class="search-result__type">${escapeHtml(meta.type ?? 'Page')}</p>
  <h2 class="search-result__title"><a href="${escapeHtml(data.url)}">${escapeHtml(meta.title ?? data.url)}</a></h2>
  ${details ? `<p class="search-result__details">${details}</p>` : ''}
  <p class="search-result__excerpt">${data.excerpt}</p>
</li>`;
}

export function startSearchPage(root: Document, base: string): void {
  const form = root.querySelector<HTMLFormElement>('[data-search]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !status || !list) return;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const params = new URLSearchParams(location.search);
  // A query in the address wins; otherwise keep what the reader may have typed while this script loaded.
  if (params.has('q')) input.value = params.get('q')!;

  const bundles: Partial<Record<keyof typeof SEARCH_BUNDLES, Promise<PagefindApi>>> = {};
  const load = (bundle: keyof typeof SEARCH_BUNDLES = 'pages') =>
    (bundles[bundle] ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${base}${SEARCH_BUNDLES[bundle]}/pagefind.js`)) as PagefindApi;
      await api.options({ baseUrl: base, excerptLength: 24 });
      await api.init();
      return api;
    })());

  // The filters' values come from both bundles, fetched only when a filter is used: a plain search never needs them.
  let filtersLoaded: Promise<void> | undefined;
  const loadFilters = () =>
    (filtersLoaded ??= (async () => {
      const [records, pages] = await Promise.all([(await load('records')).filters(), (await load('pages')).filters()]);
      for (const select of selects.filter((s) => s.dataset.filter)) {
        const chosen = select.value;
        const name = select.dataset.filter!;
        const values = [...new Set([...Object.keys(records[name] ?? {}), ...Object.keys(pages[name] ?? {})])].sort((a, b) => a.localeCompare(b));
        for (const value of values) if (value !== chosen) select.add(new Option(value, value));
      }
    })());
  // Values in the address are shown at once, before the index says which others there are.
  for (const select of selects) {
    const value = params.get(select.name);
    if (!value) continue;
    if (select.dataset.filter && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
    select.value = value;
  }

  let latest = 0;
  let fromPages = true;
  let found: PagefindResult[] = [];
  let shown = 0;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  /** Draws the next page of results; each result's text is fetched only when it is drawn. */
  const showMore = async (search: number) => {
    const page = await Promise.all(found.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (search !== latest) return;
    list.insertAdjacentHTML('beforeend', page.flatMap((data) => (fromPages ? pageResults(data) : [data])).map(renderResult).join(''));
    shown += page.length;
    more.hidden = shown >= found.length;
  };

  const run = async () => {
    const search = ++latest;
    const filters = Object.fromEntries(FILTER_NAMES.flatMap((name) => {
      const value = form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!.value;
      return value ? [[name, value]] : [];
    }));
    const sortChoice = form.querySelector<HTMLSelectElement>('select[name=sort]')!.value;
    const sort = SORTS[sortChoice];
    const query = input.value.trim();
    const url = new URL(location.href);
    url.search = new URLSearchParams(Object.entries({ q: query, ...filters, ...(sortChoice ? { sort: sortChoice } : {}) }).filter(([, v]) => v)).toString();
    history.replaceState(null, '', url);
    if (!query && Object.keys(filters).length === 0) {
      list.innerHTML = '';
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const records = needsRecords(filters, Boolean(sort));
    const api = await load(records ? 'records' : 'pages');
    const response = await api.search(query || null, { filters, ...(sort ? { sort } : {}) });
    if (search !== latest) return;
    fromPages = !records;
    found = response.results;
    shown = 0;
    list.innerHTML = '';
    await showMore(search);
    if (search !== latest) return;
    status.textContent = found.length
      ? `${found.length} result${found.length === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}`
      : `No results${query ? ` for “${query}”` : ''}. Try fewer words, or remove a filter.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  // This script loads when the reader first interacts, often by focusing the field: start loading Pagefind then.
  if (root.activeElement === input) void load();
  else input.addEventListener('focus', () => void load(), { once: true });
  const isFilter = (element: Element | null) => element?.matches('select[data-filter]') ?? false;
  form.addEventListener('focusin', (event) => {
    if (isFilter(event.target as Element)) void loadFilters();
  });
  // As with the field: the reader may already be on a filter when this script arrives.
  if (isFilter(root.activeElement)) void loadFilters();
  form.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore(latest));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  if (input.value || FILTER_NAMES.some((name) => params.get(name))) void run();
}
