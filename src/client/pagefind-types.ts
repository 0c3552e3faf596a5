/** The parts of Pagefind's browser API (pagefind.js) the search page uses. */
export interface PagefindResultData {
  url: string;
  /** The result's whole indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** The elements of the page's text with an id, each with its text and where it begins among the words of `content`. */
  anchors?: { element: string; id: string; text: string; location: number }[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/**
 * A filter's values: one value, all of a list (an empty list narrows nothing, but has the filter counted), or
 * none of a list.
 */
export type PagefindFilters = Record<string, string | string[] | { none: string[] }>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  /** One sort key and its direction. */
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** For each filter loaded, the results each of its values would give with the search's filters. */
  filters: Record<string, Record<string, number>>;
}

export interface PagefindOptions {
  /** A filter every result of the bundle carries, as though each of its records held it. */
  mergeFilter?: Record<string, string>;
  baseUrl?: string;
  excerptLength?: number;
  ranking?: { metaWeights?: Record<string, number> };
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** Searches another bundle with this one, with the same WebAssembly (loaded once). */
  mergeIndex(indexPath: string, options?: PagefindOptions): Promise<void>;
  search(query: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
}

/** pagefind.js, as the search page uses it: the means to make an instance, which merges the other shards into it. */
export interface PagefindModule {
  /** An instance whose primary index is the bundle at `basePath` (a folder's URL), whose WebAssembly it loads. */
  createInstance(options: PagefindOptions & { basePath: string }): PagefindApi;
}
