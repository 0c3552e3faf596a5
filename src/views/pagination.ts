/**
 * Lists split into numbered pages with stable addresses, so that no page grows with the corpus: page 1 at the
 * list's own address, page n at `<list>page/<n>/`.
 */
import { cacheKeyOf } from './cache-key.ts';

/** Articles on one page of the home page: a page then weighs the same at any size of the corpus. */
export const ARTICLES_PER_PAGE = 20;
/** Claims on one page of /claims/, and entries on one page of /timeline/ (whose drawing grows with them). */
export const CLAIMS_PER_PAGE = 50;
export const TIMELINE_ENTRIES_PER_PAGE = 50;
/** Quotations on one page of each view of /quotes/. */
export const QUOTES_PER_PAGE = 100;
/** Sections on one page of the quotations by section. */
export const QUOTED_SECTIONS_PER_PAGE = 100;
/** Speakers on one page of /speakers/. */
export const SPEAKERS_PER_PAGE = 200;
/** The most of each list (sections, quotations, claims) a speaker's own page shows; the rest are a link away. */
export const SPEAKER_PAGE_LIMIT = 100;

export interface PageOf<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
}

/** The site path of page `number` of the list at `listPath` ("" for the home page, "claims/" …). */
export function pagePath(listPath: string, number: number): string {
  return number === 1 ? listPath : `${listPath}page/${number}/`;
}

/** Every page of a list, in order; an empty list still has its first page. */
export function pagesOf<T>(items: readonly T[], size: number): PageOf<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({ items: items.slice(index * size, (index + 1) * size), number: index + 1, count }));
}

/**
 * `getStaticPaths` of a list's pages 2 and on (page 1 is the list's own address): each page, with `props` beside
 * it, and a cache key of both, so that a page whose items have not changed is not rendered again.
 */
export function laterPagePaths<P extends Pick<PageOf<unknown>, 'number'>, X extends object>(
  pages: readonly P[],
  props?: X,
): { params: { page: string }; cacheKey: string; props: X & { page: P } }[] {
  return pages.slice(1).map((page) => ({ params: { page: String(page.number) }, cacheKey: cacheKeyOf([props, page]), props: { ...(props as X), page } }));
}

/** The pages before and after one, where there are such pages. */
export function neighbours(page: Pick<PageOf<unknown>, 'number' | 'count'>): { previous?: number; next?: number } {
  return { ...(page.number > 1 && { previous: page.number - 1 }), ...(page.number < page.count && { next: page.number + 1 }) };
}

/**
 * The page numbers a page links to: the first and last, and those within `radius` of the current one, with
 * `'gap'` where numbers are left out, so the navigation stays the same size however many pages there are.
 */
export function pageWindow(number: number, count: number, radius = 2): (number | 'gap')[] {
  const shown = [...new Set([1, ...Array.from({ length: 2 * radius + 1 }, (_, i) => number - radius + i), count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  // A gap of one page shows that page instead: "1 2 3", not "1 … 3".
  return shown.flatMap((n, i) => {
    const previous = shown[i - 1];
    if (previous === undefined || n - previous === 1) return [n];
    return n - previous === 2 ? [n - 1, n] : ['gap' as const, n];
  });
}

/** The part of a group that falls on one page: its items there, and how many it has in all. */
export interface GroupPart<T> {
  key: string;
  items: T[];
  total: number;
  /** The group began on an earlier page. */
  continued: boolean;
}

/** Pages of grouped items, `size` items a page: a group larger than what is left of a page goes on to the next. */
export function pagesOfGroups<T>(groups: readonly (readonly [string, readonly T[]])[], size: number): PageOf<GroupPart<T>>[] {
  const flat = groups.flatMap(([key, items]) => items.map((item, index) => ({ key, item, index, total: items.length })));
  return pagesOf(flat, size).map((page) => {
    const parts: GroupPart<T>[] = [];
    for (const { key, item, index, total } of page.items) {
      const last = parts.at(-1);
      if (last?.key === key) last.items.push(item);
      else parts.push({ key, items: [item], total, continued: index > 0 });
    }
    return { items: parts, number: page.number, count: page.count };
  });
}

/** The number of the page where each group begins. */
export function firstPages<T>(pages: readonly PageOf<GroupPart<T>>[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const page of pages) for (const part of page.items) if (!first.has(part.key)) first.set(part.key, page.number);
  return first;
}
