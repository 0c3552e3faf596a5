/** The filters of the search page, in order, by the names the search records carry them under. */
export const SEARCH_FILTER_NAMES = ['type', 'speaker', 'affiliation', 'kind', 'article', 'year'] as const;

export type SearchFilterName = (typeof SEARCH_FILTER_NAMES)[number];

/** Each filter's label, as readers see it; kept apart from the names so that the search page's script has none. */
export const SEARCH_FILTER_LABELS: Record<SearchFilterName, string> = {
  type: 'Result type',
  speaker: 'Speaker',
  affiliation: 'Affiliation',
  kind: 'Quotation kind',
  article: 'Article',
  year: 'Year',
};

/**
 * Where the two search bundles go, below the site root. A first search loads only the pages' bundle (sections,
 * with each quotation found at its citation, and speakers; in shards, src/model/search-shards.ts): Pagefind's
 * metadata lists every record and every search loads it whole, so the 30,000 quotation and claim records of a
 * thousand articles live in a bundle of their own, loaded only when a search filters or sorts them.
 */
export const SEARCH_BUNDLES = { pages: 'pagefind', records: 'pagefind-records' } as const;

/**
 * The dictionary of known terms (src/outputs/search-terms.ts), below the site root: fetched by the search page
 * only when a query finds few results or none, to correct its spelling.
 */
export const SEARCH_TERMS_FILE = 'search-terms.json';

/** The search page's address flag that runs its query as typed, uncorrected ("Search instead for …"). */
export const AS_TYPED = 'as-typed';
