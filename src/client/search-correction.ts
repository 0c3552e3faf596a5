/**
 * Correcting a misspelt query, loaded by the search page the first time a query needs it: the dictionary of
 * known terms (SEARCH_TERMS_FILE), the closest reading of the query, and the line that says how it was read,
 * "Showing results for Barrack · Search instead for Barack", its links searching again from the same page.
 */
import { AS_TYPED, SEARCH_TERMS_FILE } from '../model/search-filters.ts';
import { escapeHtml } from '../model/strings.ts';
import { correctQuery, termIndex, type QueryCorrection } from '../text/spelling/suggest-query.ts';
import type { SearchTerms } from '../text/spelling/term-words.ts';

/** Corrects a query, leaving the words `known` to be in the index; undefined when nothing is to be corrected. */
export type Speller = (query: string, known: ReadonlySet<string>) => QueryCorrection | undefined;

/** Fetches the dictionary of the site at `base` (none if it cannot) and corrects from it. */
export async function loadSpeller(base: string): Promise<Speller> {
  const response = await fetch(`${base}${SEARCH_TERMS_FILE}`);
  const index = termIndex(response.ok ? ((await response.json()) as SearchTerms) : { names: [], words: [] });
  return (query, known) => correctQuery(query, index, known);
}

/** "A, B or C". */
const either = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? ''));

/** A link that searches for another query, with the page's filters and sort; `typed`: as typed, uncorrected. */
function queryLink(query: string, typed = false): string {
  const url = new URL(location.href);
  url.searchParams.set('q', query);
  if (typed) url.searchParams.set(AS_TYPED, '1');
  else url.searchParams.delete(AS_TYPED);
  return `<a href="${escapeHtml(url.pathname + url.search)}" data-query="${escapeHtml(query)}"${typed ? ' data-as-typed' : ''}>${escapeHtml(query)}</a>`;
}

/** The line above the results when they are a correction's: what was searched, the query as typed, other readings. */
export function correctionLine(shown: string, { query, alternatives }: { query: string; alternatives: string[] }): string {
  const offers = alternatives.length ? ` · Did you mean ${either(alternatives.map((other) => queryLink(other)))}?` : '';
  return `Showing results for <strong>${escapeHtml(shown)}</strong> · Search instead for ${queryLink(query, true)}${offers}`;
}
