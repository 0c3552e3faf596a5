/**
 * The search page's filter menus, filled from the counts Pagefind returns with each search: every value with the
 * number of results choosing it would give ("Thomas Barrack (3)"), a value with none shown as such and not
 * offered (unless it is the one chosen). A count comes from the bundle that choosing the value would search; the
 * page counts in every bundle it has loaded, so a value whose results live in one not loaded has no count.
 */
import { RESULT_TYPES } from '../outputs/search-records.ts';
import type { SearchFilterName } from '../model/search-filters.ts';
import { BUNDLE_FILTER } from '../model/search-shards.ts';

export type Bundle = 'pages' | 'records';
/** Pagefind's counts: filter → value → results. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Filters only the records carry (a page has no speaker or quotation kind of its own). */
const RECORD_FILTERS: readonly SearchFilterName[] = ['speaker', 'affiliation', 'kind'];
/** Result types only the records carry. */
const RECORD_TYPES: readonly string[] = [RESULT_TYPES.quotation, RESULT_TYPES.claim];

/** Whether a search needs the records' bundle: it filters or sorts what only records carry. */
export function needsRecords(filters: Readonly<Record<string, string>>, sorted: boolean): boolean {
  return sorted || RECORD_FILTERS.some((name) => filters[name]) || RECORD_TYPES.includes(filters.type ?? '');
}

/** The bundle a search with these filters and sort looks in. */
export const bundleFor = (filters: Readonly<Record<string, string>>, sorted: boolean): Bundle => (needsRecords(filters, sorted) ? 'records' : 'pages');

/**
 * The filters whose counts each bundle gives: those it carries that the menus show (the records' `section` and
 * `status` are for display only, and their large lists are never loaded).
 */
const COUNTED_FILTERS: Record<Bundle, readonly SearchFilterName[]> = {
  pages: ['type', 'article', 'year', 'speaker', 'affiliation'],
  records: ['type', 'speaker', 'affiliation', 'kind', 'article', 'year'],
};

/** A filter as Pagefind takes it: a value, all of a list of values, or none of them. */
export type PagefindFilter = string | string[] | { none: string[] };

/**
 * The page's filters as Pagefind searches a bundle with them, in the one instance that holds both: the bundle
 * itself first (BUNDLE_FILTER). A section page carries no result type, since every page of the pages' bundle but
 * the speakers' is one (at N=1000 the type of 4,000 sections would add 8 KB to every first search, for its
 * counts): "Section" is searched as "not Speaker".
 */
export function pagefindFilters(filters: Readonly<Record<string, string>>, bundle: Bundle): Record<string, PagefindFilter> {
  const sections = bundle === 'pages' && filters.type === RESULT_TYPES.section;
  return { [BUNDLE_FILTER]: bundle, ...filters, ...(sections && { type: { none: [RESULT_TYPES.speaker] } }) };
}

/**
 * The filters to search with so that Pagefind counts every counted filter: an empty list of values loads a
 * filter's data and counts its values without narrowing the results.
 */
export function withCounts(filters: Readonly<Record<string, string>>, bundle: Bundle): Record<string, PagefindFilter> {
  return { ...Object.fromEntries(COUNTED_FILTERS[bundle].map((name) => [name, []])), ...pagefindFilters(filters, bundle) };
}

/** Pagefind's counts with, in the pages' bundle, the sections counted: the results that are not speakers. */
export function withSections(counts: FilterCounts, results: number, bundle: Bundle): FilterCounts {
  if (bundle !== 'pages' || !counts.type) return counts;
  return { ...counts, type: { ...counts.type, [RESULT_TYPES.section]: results - (counts.type[RESULT_TYPES.speaker] ?? 0) } };
}

/** The filters without one of them: what its own menu counts against, since choosing a value replaces its own. */
export function without(filters: Readonly<Record<string, string>>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([other]) => other !== name));
}

/** Values every search knows of, whatever has been loaded: the result types, and a quotation's kinds. */
const FIXED_VALUES: Partial<Record<SearchFilterName, readonly string[]>> = {
  type: Object.values(RESULT_TYPES),
  kind: ['full', 'partial'],
};

export interface FilterOption {
  value: string;
  label: string;
  disabled: boolean;
}

/** What a menu knows for one search: the values it may offer, and the count of each in the bundle searched. */
export interface MenuCounts {
  /** Every value seen for this filter, in either bundle, so far. */
  values: Iterable<string>;
  /** Results of choosing each value, where the bundle searched answers it (see countSource); undefined where not. */
  count: (value: string) => number | undefined;
}

/** Years newest first; other values in alphabetical order. */
function ordered(name: string, values: Iterable<string>): string[] {
  const list = [...new Set(values)];
  return name === 'year' ? list.sort((a, b) => b.localeCompare(a)) : list.sort((a, b) => a.localeCompare(b));
}

/**
 * A menu's options: "All", then the values that have results, then those the search did not count (offered
 * without a number), then those without results (disabled, unless chosen).
 */
export function filterOptions(name: SearchFilterName, { values, count }: MenuCounts, selected: string): FilterOption[] {
  const all = ordered(name, [...(FIXED_VALUES[name] ?? []), ...values, ...(selected ? [selected] : [])]);
  const option = (value: string): FilterOption => {
    const n = count(value);
    return { value, label: n === undefined ? value : `${value} (${n})`, disabled: n === 0 && value !== selected };
  };
  const counted = all.filter((value) => (count(value) ?? 0) > 0);
  const uncounted = all.filter((value) => count(value) === undefined);
  const none = all.filter((value) => count(value) === 0);
  return [{ value: '', label: 'All', disabled: false }, ...[...counted, ...uncounted, ...none].map(option)];
}

/** The bundle choosing `value` for filter `name` would search, the other filters and the sort staying as they are. */
export function countSource(name: string, value: string, filters: Readonly<Record<string, string>>, sorted: boolean): Bundle {
  return bundleFor({ ...without(filters, name), [name]: value }, sorted);
}

/** One search's counts from each bundle counted for it: bundle → filter → value → results. */
export type BundleCounts = Partial<Record<Bundle, Partial<Record<SearchFilterName, Record<string, number>>>>>;

/**
 * The results choosing `value` for filter `name` would give: its count in the bundle that choice searches, or
 * undefined when that bundle was not counted for this search.
 */
export function choiceCount(name: SearchFilterName, value: string, filters: Readonly<Record<string, string>>, sorted: boolean, counted: BundleCounts): number | undefined {
  const source = counted[countSource(name, value, filters, sorted)];
  return source ? (source[name]?.[value] ?? 0) : undefined;
}
