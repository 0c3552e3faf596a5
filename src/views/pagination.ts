/**
 * Lists split into numbered pages with stable addresses, so that no page grows with the corpus: page 1 at the
 * list's own address, page n at `<list>page/<n>/`.
 */

/** Articles on one page of the home page: a page then weighs the same at any size of the corpus. */
export const ARTICLES_PER_PAGE = 20;
/** Claims on one page of /claims/, and entries on one page of /timeline/. */
export const CLAIMS_PER_PAGE = 50;
export const TIMELINE_ENTRIES_PER_PAGE = 100;
/** Quotations on one page of each view of /quotes/. */
export const QUOTES_PER_PAGE = 100;
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

/** `getStaticPaths` of a list's pages 2 and on (page 1 is the list's own address): each page, with `props` beside it. */
export function laterPagePaths<P extends Pick<PageOf<unknown>, 'number'>, X extends object>(pages: readonly P[], props?: X): { params: { page: string }; props: X & { page: P } }[] {
  return pages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { ...(props as X), page } }));
}

/** The pages a reader can go to from one: the previous and next, and each number (the current one has no link). */
export function neighbours(page: Pick<PageOf<unknown>, 'number' | 'count'>): { previous?: number; next?: number } {
  return { ...(page.number > 1 && { previous: page.number - 1 }), ...(page.number < page.count && { next: page.number + 1 }) };
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
