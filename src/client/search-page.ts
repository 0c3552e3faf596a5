/**
 * The search page: query and filters live in the URL, so a search can be shared, bookmarked and reloaded.
 * Pagefind is loaded only once the reader searches (a query in the URL counts as searching). A search looks in
 * the pages' bundle, where each quotation is found in its section's citations; one that filters or sorts quotations
 * and claims looks in their own bundle of records instead. A query that finds nothing, or only results that do
 * not hold one of its words, is corrected from the dictionary of known terms, fetched then ("Showing results
 * for Barrack · Search instead for Barack").
 * Once the results are drawn, the filter menus are filled with the count of each value for this search, from each
 * bundle loaded. The records' bundle counts the choices only it answers: loaded for that with every search when it
 * is small (RECORDS_COUNTED_AT_ONCE_BYTES), on the reader's request when it is not.
 */
import type { PagefindApi, PagefindModule, PagefindResponse, PagefindResult, PagefindResultData, PagefindSearchOptions } from './pagefind-types.ts';
import { bundleFor, choiceCount, filterOptions, pagefindFilters, withCounts, withSections, without, type Bundle, type BundleCounts } from './search-filter-options.ts';
import { countLine, namedFirst, pageResults, recordResult, renderResult, type ResultView } from './search-result-view.ts';
import { META_WEIGHTS, SORT_DATE_FILTER } from '../outputs/search-records.ts';
import { inListOrder, mergedInOrder, type ResultsInOrder } from './sorted-results.ts';
import { BUNDLE_FILTER, RECORDS_SHARDS_FILE, recordsCountedAtOnce, SHARD_FILTER, type RecordsShardsList } from '../model/search-shards.ts';
import { AS_TYPED, SEARCH_BUNDLES, SEARCH_FILTER_NAMES, type SearchFilterName } from '../model/search-filters.ts';
import { heldWords, queryTerms } from '../text/spelling/term-words.ts';
import type { Speller } from './search-correction.ts';

/** Results drawn at a time: each needs its own small fetch. */
const PAGE_SIZE = 10;
/** The sort choices of the page, by the sort keys each record carries (see dateSortKeys). */
const SORTS: Record<string, Record<string, 'asc' | 'desc'>> = { 'date-asc': { oldest: 'asc' }, 'date-desc': { newest: 'desc' } };

/** What the page shows for one search: the results of the query it ran, and how it corrected the reader's. */
interface Outcome {
  response: PagefindResponse;
  /** The query whose results these are: the reader's, or its correction. */
  query: string;
  /** When the results are a correction's, the line that says so ("Showing results for …"), as HTML. */
  line?: string;
}

/** What a result holds that a query may have matched: its text and its metadata (a speaker's aliases, a record's speaker). */
const resultText = (data: PagefindResultData) => [data.content, ...Object.values(data.meta)].join(' ');

export function startSearchPage(root: Document, base: string): void {
  const form = root.querySelector<HTMLFormElement>('[data-search]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const suggestion = root.querySelector<HTMLElement>('[data-search-suggestion]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const note = root.querySelector<HTMLElement>('[data-search-counts-note]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const countAll = note?.querySelector<HTMLButtonElement>('[data-search-count-all]');
  if (!form || !status || !suggestion || !list || !note || !more || !countAll) return;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const menus = new Map(SEARCH_FILTER_NAMES.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!]));
  const sortMenu = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const params = new URLSearchParams(location.search);
  // A query in the address wins; otherwise keep what the reader may have typed while this script loaded.
  if (params.has('q')) input.value = params.get('q')!;
  /** The query the reader asked to run as typed ("Search instead for …"), until they change it. */
  let asTyped = params.get(AS_TYPED) === '1' ? input.value.trim() : undefined;

  const bundles: Partial<Record<Bundle, Promise<PagefindApi>>> = {};
  // Each bundle is in shards (src/model/search-shards.ts). The page lists the pages' shards; the build lists the
  // records' in a file of their own, fetched when a search needs them or their counts.
  const pagesShards = (form.dataset.searchShards ?? SEARCH_BUNDLES.pages).split(' ');
  let recordsList: Promise<RecordsShardsList> | undefined;
  const loadRecordsList = () =>
    (recordsList ??= (async () => {
      const response = await fetch(`${base}${RECORDS_SHARDS_FILE}`);
      if (!response.ok) throw new Error(`The list of the records' search shards (${RECORDS_SHARDS_FILE}) did not load: ${response.status}`);
      return (await response.json()) as RecordsShardsList;
    })());
  const shardsOf = async (bundle: Bundle) => (bundle === 'pages' ? pagesShards : (await loadRecordsList()).shards);
  const options = { baseUrl: base, excerptLength: 24, ranking: { metaWeights: META_WEIGHTS } };
  // One Pagefind instance searches both bundles, so that its code, worker and WebAssembly load once: each shard is
  // merged into it with a filter naming its bundle (and a records' shard, the shard, for a sorted search to search
  // it alone), and every search filters by bundle (pagefindFilters).
  const shardOptions = (bundle: Bundle, shard: string) => ({ ...options, mergeFilter: { [BUNDLE_FILTER]: bundle, ...(bundle === 'records' && { [SHARD_FILTER]: shard }) } });
  let instance: Promise<PagefindApi> | undefined;
  /** The instance, its primary index `shard` of `bundle`: the shard whose WebAssembly it loads. */
  const open = async (bundle: Bundle, shard: string) => {
    const pagefind = (await import(/* @vite-ignore */ `${base}${pagesShards[0]}/pagefind.js`)) as PagefindModule;
    const api = pagefind.createInstance({ basePath: `${base}${shard}/`, ...shardOptions(bundle, shard) });
    await api.options(options);
    await api.init();
    return api;
  };
  const load = (bundle: Bundle = 'pages'): Promise<PagefindApi> =>
    (bundles[bundle] ??= (async () => {
      const shards = await shardsOf(bundle);
      // A site without quotations or claims has no records' shard: a search of records finds nothing among the pages.
      if (!shards.length) return load('pages');
      // The first bundle loaded opens the instance with its first shard; every other shard is merged into it.
      const opening = !instance;
      instance ??= open(bundle, shards[0]!);
      const api = await instance;
      await Promise.all(shards.slice(opening ? 1 : 0).map((shard) => api.mergeIndex(`${base}${shard}/`, shardOptions(bundle, shard))));
      return api;
    })());

  /** The correcting code and its dictionary, fetched the first time a query needs them. */
  let correcting: Promise<[typeof import('./search-correction.ts'), Speller]> | undefined;
  const loadCorrecting = () => (correcting ??= import('./search-correction.ts').then(async (module) => [module, await module.loadSpeller(base)]));

  /**
   * The reader's query, or its correction when it finds nothing, or only results that do not hold one of its words
   * (which Pagefind found by a part of the word: "cor" for "coridor"), and the correction finds some. The first
   * page of results, which the page draws next, tells which words the index holds.
   */
  const searchCorrected = async (api: PagefindApi, query: string, options: PagefindSearchOptions): Promise<Outcome> => {
    const response = await api.search(query || null, options);
    const asIs = { response, query };
    if (!query || query === asTyped) return asIs;
    const firstPage = await Promise.all(response.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    const held = heldWords(query, firstPage.map(resultText));
    if (response.results.length && queryTerms(query).every((word) => held.has(word))) return asIs;
    const [{ correctionLine }, spell] = await loadCorrecting();
    const correction = spell(query, held);
    if (!correction) return asIs;
    const corrected = await api.search(correction.query, options);
    return corrected.results.length ? { response: corrected, query: correction.query, line: correctionLine(correction.query, { query, alternatives: correction.alternatives }) } : asIs;
  };

  /**
   * A search's results in the order the reader sees them. Sorted results of the records' shards are merged by their
   * sort key from each shard searched alone (src/client/sorted-results.ts); others are in Pagefind's order.
   */
  const inOrder = async (api: PagefindApi, outcome: Outcome, bundle: Bundle, options: PagefindSearchOptions): Promise<ResultsInOrder<PagefindResult>> => {
    const direction = options.sort && Object.values(options.sort)[0];
    const shards = bundle === 'records' && direction ? (await loadRecordsList()).shards : [];
    if (!direction || shards.length < 2) return inListOrder(outcome.response.results);
    const lists = await Promise.all(shards.map((shard) => api.search(outcome.query || null, { ...options, filters: { ...options.filters, [SHARD_FILTER]: shard } })));
    return mergedInOrder(lists.map((list) => list.results), async (result) => (await result.data()).filters[SORT_DATE_FILTER]?.[0], direction);
  };

  // Every value seen for each filter, in either bundle, so that a menu keeps offering what the last search did not
  // count; first those in the address, shown at once, before the index says which others there are.
  const seen = new Map(SEARCH_FILTER_NAMES.map((name) => [name, new Set(params.getAll(name).filter(Boolean))]));
  /** The menus with a value the last filling could not count, in the form's order. */
  let uncountedMenus: SearchFilterName[] = [];
  /** Fills each menu with its values and, where a bundle counted answers, the results each would give. */
  const fillMenus = (filters: Record<string, string>, sorted: boolean, counted: BundleCounts) => {
    uncountedMenus = [];
    for (const [name, menu] of menus) {
      for (const counts of Object.values(counted)) for (const value of Object.keys(counts[name] ?? {})) seen.get(name)!.add(value);
      const count = (value: string) => choiceCount(name, value, filters, sorted, counted);
      const options = filterOptions(name, { values: seen.get(name)!, count }, menu.value);
      if (options.some((option) => option.value && count(option.value) === undefined)) uncountedMenus.push(name);
      const chosen = menu.value;
      menu.replaceChildren(...options.map(({ value, label, disabled }) => Object.assign(new Option(label, value), { disabled })));
      menu.value = chosen;
    }
    // Before anything is counted there is nothing to explain, nor once both bundles are loading: they count the rest.
    note.hidden = Object.keys(counted).length === 0 || uncountedMenus.length === 0 || ('pages' in bundles && 'records' in bundles);
  };
  /** The counts of every menu for a search: each counted without its own choice, which choosing another replaces. */
  const countMenus = async (api: PagefindApi, bundle: Bundle, query: string, filters: Record<string, string>) => {
    const counted = (chosen: Record<string, string>) => api.search(query || null, { filters: withCounts(chosen, bundle) }).then((response) => withSections(response.filters, response.results.length, bundle));
    const all = await counted(filters);
    const own = await Promise.all(SEARCH_FILTER_NAMES.filter((name) => filters[name]).map(async (name) => [name, (await counted(without(filters, name)))[name]] as const));
    return { ...all, ...Object.fromEntries(own) } as Partial<Record<SearchFilterName, Record<string, number>>>;
  };
  /** The search whose results the menus count, and the counts they hold for it. */
  let counting: { query: string; filters: Record<string, string>; sorted: boolean; counted: BundleCounts } | undefined;
  /**
   * Counts the search the menus are for in each bundle loaded and not yet counted, the one searched first; with both
   * bundles loaded for it when the records' is small enough to be counted with every search.
   */
  const countLoaded = async (search: number, searched: Bundle) => {
    const current = counting;
    if (!current) return;
    if (!(bundles.pages && bundles.records) && recordsCountedAtOnce(await loadRecordsList())) {
      void load('pages');
      void load('records');
    }
    if (search !== latest) return;
    const loaded = (Object.keys(bundles) as Bundle[]).sort((a, b) => Number(b === searched) - Number(a === searched));
    for (const bundle of loaded.filter((name) => !current.counted[name])) {
      const counts = await countMenus(await bundles[bundle]!, bundle, current.query, current.filters);
      if (search !== latest) return;
      current.counted[bundle] = counts;
      fillMenus(current.filters, current.sorted, current.counted);
    }
  };

  fillMenus({}, false, {});
  for (const [name, menu] of menus) menu.value = params.get(name) ?? '';
  sortMenu.value = params.get('sort') ?? '';

  let latest = 0;
  let fromPages = true;
  let found: ResultsInOrder<PagefindResult> = inListOrder([]);
  let shownQuery = '';
  let shown = 0;
  /** The results listed so far: the results drawn, and the quotations found in them. */
  let listed = 0;
  /** Draws the next page of results; each result's text is fetched only when it is drawn. */
  const showMore = async (search: number) => {
    const page = await Promise.all((await found.take(PAGE_SIZE)).map((result) => result.data()));
    if (search !== latest) return;
    const views = page.flatMap((data: PagefindResultData): ResultView[] => (fromPages ? pageResults(data, shownQuery) : [recordResult(data)]));
    list.insertAdjacentHTML('beforeend', (shown ? views : namedFirst(views, shownQuery)).map(renderResult).join(''));
    shown += page.length;
    listed += views.length;
    more.hidden = shown >= found.length;
    status.textContent = countLine(found.length, shown, listed, shownQuery);
  };

  const run = async () => {
    const search = ++latest;
    const filters = Object.fromEntries([...menus].flatMap(([name, menu]) => (menu.value ? [[name, menu.value]] : [])));
    const sortChoice = sortMenu.value;
    const sort = SORTS[sortChoice];
    const query = input.value.trim();
    if (query !== asTyped) asTyped = undefined;
    const url = new URL(location.href);
    url.search = new URLSearchParams(
      Object.entries({ q: query, ...filters, ...(sortChoice ? { sort: sortChoice } : {}), ...(asTyped ? { [AS_TYPED]: '1' } : {}) }).filter(([, v]) => v),
    ).toString();
    history.replaceState(null, '', url);
    if (!query && Object.keys(filters).length === 0) {
      list.innerHTML = '';
      status.textContent = '';
      suggestion.hidden = true;
      more.hidden = true;
      counting = undefined;
      fillMenus(filters, Boolean(sort), {});
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const bundle = bundleFor(filters, Boolean(sort));
    const api = await load(bundle);
    const searchOptions = { filters: pagefindFilters(filters, bundle), ...(sort ? { sort } : {}) };
    const outcome = await searchCorrected(api, query, searchOptions);
    const ordered = await inOrder(api, outcome, bundle, searchOptions);
    if (search !== latest) return;
    fromPages = bundle === 'pages';
    found = ordered;
    shownQuery = outcome.query;
    shown = 0;
    listed = 0;
    list.innerHTML = '';
    suggestion.innerHTML = outcome.line ?? '';
    suggestion.hidden = !outcome.line;
    await showMore(search);
    if (search !== latest) return;
    list.removeAttribute('aria-busy');
    // The menus once the results are painted: at a thousand articles, rebuilding them takes a frame of its own.
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
    counting = { query: outcome.query, filters, sorted: Boolean(sort), counted: {} };
    await countLoaded(search, bundle);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  // This script loads when the reader first interacts, often by focusing the field or a filter: start loading
  // Pagefind then, and until a search is run, offer in the menus every value of the whole index, with its count.
  const start = () =>
    void load().then(async () => {
      if (latest > 0) return;
      counting = { query: '', filters: {}, sorted: false, counted: {} };
      await countLoaded(0, 'pages');
    });
  if (form.contains(root.activeElement)) start();
  else form.addEventListener('focusin', start, { once: true });
  form.addEventListener('change', () => void run());
  // Pages of results are drawn one after another, so that quick clicks on "Show more" list them in order.
  let drawing = Promise.resolve();
  more.addEventListener('click', () => {
    const search = latest;
    drawing = drawing.then(() => showMore(search)).catch(reportError);
  });
  // A large records' bundle is a larger download than the pages' (its metadata lists every quotation and claim), so
  // a search that does not need it counts the choices only that bundle answers when the reader asks.
  countAll.addEventListener('click', async () => {
    const search = latest;
    const first = uncountedMenus[0];
    const label = countAll.textContent;
    countAll.setAttribute('aria-busy', 'true');
    countAll.textContent = 'Counting…';
    try {
      // A search of records from the address may have run before the pages' bundle was loaded: it counts too.
      await Promise.all([load('pages'), load('records')]);
      await countLoaded(search, 'records');
    } finally {
      countAll.removeAttribute('aria-busy');
      countAll.textContent = label;
    }
    // The note hides once every choice is counted: keep the reader's place on the first menu it spoke for.
    if (note.hidden && root.activeElement === countAll && first) menus.get(first)!.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // "Did you mean …" and "Search instead for …" search here, without reloading the page.
  suggestion.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-query]');
    if (!link) return;
    event.preventDefault();
    input.value = link.dataset.query!;
    asTyped = link.hasAttribute('data-as-typed') ? input.value : undefined;
    input.focus();
    void run();
  });
  if (input.value || SEARCH_FILTER_NAMES.some((name) => params.get(name))) void run();
}
