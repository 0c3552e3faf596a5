/** The filters of the search page, in order: the names the search records carry, and the labels readers see. */
export const SEARCH_FILTERS = [
  { name: 'type', label: 'Result type' },
  { name: 'speaker', label: 'Speaker' },
  { name: 'affiliation', label: 'Affiliation' },
  { name: 'kind', label: 'Quotation kind' },
  { name: 'article', label: 'Article' },
  { name: 'year', label: 'Year' },
] as const;

export type SearchFilterName = (typeof SEARCH_FILTERS)[number]['name'];
