/**
 * The search page: query and filters live in the URL, so a search can be shared, bookmarked and reloaded.
 * Pagefind is loaded only once the reader searches (a query in the URL counts as searching).
 */
import { inQuotes } from '../views/in-quotes.ts';
import type { PagefindApi, PagefindResult, PagefindResultData } from './pagefind-types.ts';
import { SEARCH_FILTERS } from '../model/search-filters.ts';
import { escapeHtml } from '../model/strings.ts';

const FILTER_NAMES = SEARCH_FILTERS.map((filter) => filter.name);
/** Results drawn at a time: each needs its own small fetch. */
const PAGE_SIZE = 10;
/** The sort choices of the page, by the sort keys each record carries (see dateSortKeys). */
const SORTS: Record<string, Record<string, 'asc' | 'desc'>> = { 'date-asc': { oldest: 'asc' }, 'date-desc': { newest: 'desc' } };

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

  let pagefind: Promise<PagefindApi> | undefined;
  const load = () =>
    (pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
      await api.options({ baseUrl: base, excerptLength: 24 });
      await api.init();
      return api;
    })());

  // The filters' values come from the index, fetched only when a filter is used: a plain search never needs them.
  let filtersLoaded: Promise<void> | undefined;
  const loadFilters = () =>
    (filtersLoaded ??= (async () => {
      const available = await (await load()).filters();
      for (const select of selects.filter((s) => s.dataset.filter)) {
        const chosen = select.value;
        const values = Object.keys(available[select.dataset.filter!] ?? {}).sort((a, b) => a.localeCompare(b));
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
  let found: PagefindResult[] = [];
  let shown = 0;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  /** Draws the next page of results; each result's text is fetched only when it is drawn. */
  const showMore = async (search: number) => {
    const page = await Promise.all(found.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (search !== latest) return;
    list.insertAdjacentHTML('beforeend', page.map(renderResult).join(''));
    shown += page.length;
    more.hidden = shown >= found.length;
  };

  const run = async () => {
    const search = ++latest;
    const api = await load();
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
    const response = await api.search(query || null, { filters, ...(sort ? { sort } : {}) });
    if (search !== latest) return;
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
