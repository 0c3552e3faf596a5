/**
 * Search results as the reader sees them, from what Pagefind returns of the two bundles: a quotation links to its
 * place in the text and to its citation, with its speaker and kind; a claim, section or speaker to its page; each
 * with Pagefind's excerpt, the matched words marked.
 */
import { inQuotes } from '../views/in-quotes.ts';
import type { QuotationSearchMeta } from '../views/quotation-index.ts';
import type { PagefindResultData } from './pagefind-types.ts';
import { aliasesOf, RESULT_TYPES } from '../outputs/search-records.ts';
import { escapeHtml, truncate } from '../model/strings.ts';
import { citationAnchor } from '../model/urls.ts';
import { findsFor, phraseOf, queryTerms, termKey, wordsIn } from '../text/spelling/term-words.ts';

export interface ResultView {
  type: string;
  title: string;
  /** A quotation's place in the text, a claim's note beside it, a page. */
  url: string;
  /** A quotation's citation on its section's page (`#cite-<id>`). */
  citation?: string;
  speaker?: string;
  /** A speaker's role, shown with their page. */
  role?: string;
  kind?: string;
  status?: string;
  said?: string;
  section?: string;
  article?: string;
  /** Pagefind's excerpt: the result's own text, escaped, with <mark> around the matched words. */
  excerpt: string;
  /** The other names a speaker's page is known by. */
  aliases: string[];
}

const first = (values: string[] | undefined) => values?.[0];

/** A page's URL with another fragment. */
const at = (url: string, fragment: string) => `${url.replace(/#.*$/, '')}#${fragment}`;

/**
 * Which of a citation's words (its quotation and "— Speaker") the query matches, or undefined when it does not
 * match them all: a phrase in quotation marks must stand in it word for word; otherwise each word of the query
 * worth searching must begin one of its words, or share its stem.
 */
function citationMatch(words: readonly string[], query: string): Set<number> | undefined {
  const keys = words.map((word) => wordsIn(word).map((part) => termKey(part.word)));
  const phrase = phraseOf(query);
  if (phrase) {
    const flat = keys.flatMap((parts, index) => parts.map((key) => ({ key, index })));
    for (let start = 0; start + phrase.length <= flat.length; start++) {
      if (phrase.every((key, i) => flat[start + i]!.key === key)) return new Set(flat.slice(start, start + phrase.length).map(({ index }) => index));
    }
    return undefined;
  }
  const terms = queryTerms(query);
  const matched = new Set<number>();
  for (const term of terms) {
    const at = keys.flatMap((parts, index) => (parts.some((key) => findsFor(key, term)) ? [index] : []));
    if (!at.length) return undefined;
    at.forEach((index) => matched.add(index));
  }
  return terms.length ? matched : undefined;
}

/** A citation's words as an excerpt: escaped, the matched ones marked. */
const excerptOf = (words: readonly string[], matched: ReadonlySet<number>) => words.map((word, i) => (matched.has(i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word))).join(' ');

/**
 * A result of the pages' bundle: each quotation of a section whose citation holds the query as a quotation result
 * of its own (its title cut as a record's is, its excerpt the whole citation), then the section itself; a
 * speaker's page as it is. A citation is the words from its heading (`#cite-<id>`) to the next; one that holds only some of the query's words ("the" and "US" of "the US envoy",
 * not "envoy") is not found, nor, for a phrase, one that does not hold it word for word.
 */
export function pageResults(data: PagefindResultData, query: string): ResultView[] {
  const type = first(data.filters.type) ?? RESULT_TYPES.section;
  const article = first(data.filters.article);
  const page: ResultView = { type, title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt, role: data.meta.role, article, aliases: aliasesOf(data.meta.aliases) };
  const quotations = data.meta.quotations ? (JSON.parse(data.meta.quotations) as QuotationSearchMeta) : {};
  const words = data.content.split(/\s+/);
  const byCitation = new Map(Object.entries(quotations).map(([id, [speaker, kind]]) => [citationAnchor(id), { id, speaker, kind }]));
  const citations = (data.anchors ?? []).filter((anchor) => byCitation.has(anchor.id));
  const found = citations.flatMap((anchor, index): ResultView[] => {
    const quotation = byCitation.get(anchor.id)!;
    const cited = words.slice(anchor.location, citations[index + 1]?.location ?? words.length);
    const matched = citationMatch(cited, query);
    if (!matched) return [];
    return [{ type: RESULT_TYPES.quotation, title: truncate(anchor.text, 90), url: at(data.url, quotation.id), citation: at(data.url, anchor.id), excerpt: excerptOf(cited, matched), speaker: quotation.speaker, kind: quotation.kind, section: page.title, article, aliases: [] }];
  });
  return [...found, page];
}

/** A result of the records' bundle: a quotation (linked to its place and its citation) or a claim. */
export function recordResult(data: PagefindResultData): ResultView {
  const type = first(data.filters.type) ?? RESULT_TYPES.quotation;
  const place = /#(.*)$/.exec(data.url)?.[1];
  return {
    type,
    title: data.meta.title ?? data.url,
    url: data.url,
    ...(type === RESULT_TYPES.quotation && place && { citation: at(data.url, citationAnchor(place)) }),
    speaker: data.meta.speaker,
    kind: first(data.filters.kind),
    status: first(data.filters.status),
    said: data.meta.said,
    section: first(data.filters.section),
    article: first(data.filters.article),
    excerpt: data.excerpt,
    aliases: [],
  };
}

/** A name as a query is compared with it: lower case, no accents, its words alone, no leading "the". */
function nameKey(text: string): string {
  return termKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

/**
 * The results with the speakers whose name or alias is the query moved first (Pagefind ranks "Unnamed Syrian
 * government source" above "Syrian government" for "Syrian government", since both names hold its words).
 */
export function namedFirst(views: readonly ResultView[], query: string): ResultView[] {
  const wanted = nameKey(query);
  const named = (view: ResultView) => view.type === RESULT_TYPES.speaker && [view.title, ...view.aliases].some((name) => nameKey(name) === wanted);
  return [...views.filter(named), ...views.filter((view) => !named(view))];
}

/** One result: its type, title linking to its place, who said it and where, the excerpt, and a quotation's citation. */
export function renderResult(view: ResultView): string {
  const details = [view.speaker, view.role, view.kind && `${view.kind} quotation`, view.status, view.said, view.section && `in ${inQuotes(view.section)}`, view.article]
    .filter(Boolean)
    .map((part) => escapeHtml(part!))
    .join(' · ');
  return (
    `<li class="search-result search-result--${escapeHtml(view.type.toLowerCase())}"><p class="search-result__type">${escapeHtml(view.type)}</p>` +
    `<h2 class="search-result__title"><a href="${escapeHtml(view.url)}">${escapeHtml(view.title)}</a></h2>` +
    (details ? `<p class="search-result__details">${details}</p>` : '') +
    `<p class="search-result__excerpt">${view.excerpt}</p>` +
    (view.citation ? `<p class="search-result__links"><a href="${escapeHtml(view.citation)}">Cite this quotation</a></p>` : '') +
    '</li>'
  );
}

/**
 * The line that counts the results of `query`: once all `found` are `drawn`, the `listed` (a page's quotations
 * are results of their own); until then at least as many as were found, since each gives one or more.
 */
export function countLine(found: number, drawn: number, listed: number, query: string): string {
  const about = query ? ` for ${inQuotes(query)}` : '';
  if (!found) return `No results${about}. Try fewer words, or remove a filter.`;
  const total = drawn >= found ? listed : found;
  return `${drawn >= found ? '' : 'At least '}${total} result${total === 1 ? '' : 's'}${about}`;
}
