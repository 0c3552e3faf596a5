/** Splitting a list into pages with stable addresses. */
import { describe, expect, it } from 'vitest';
import { firstPages, neighbours, pagePath, pagesOf, pagesOfGroups, pageWindow } from '../../src/views/pagination.ts';

describe('pagination', () => {
  it('splits a list into pages of the given size, the last holding the rest', () => {
    const pages = pagesOf([1, 2, 3, 4, 5], 2);
    expect(pages).toEqual([
      { items: [1, 2], number: 1, count: 3 },
      { items: [3, 4], number: 2, count: 3 },
      { items: [5], number: 3, count: 3 },
    ]);
    expect(pagesOf([], 20)).toEqual([{ items: [], number: 1, count: 1 }]);
  });

  it('puts page 1 at the list’s own address and page n under page/n/', () => {
    expect(pagePath('', 1)).toBe('');
    expect(pagePath('', 2)).toBe('page/2/');
    expect(pagePath('claims/', 3)).toBe('claims/page/3/');
  });

  it('gives the previous and next pages that exist', () => {
    expect(neighbours({ number: 1, count: 1 })).toEqual({});
    expect(neighbours({ number: 1, count: 3 })).toEqual({ next: 2 });
    expect(neighbours({ number: 2, count: 3 })).toEqual({ previous: 1, next: 3 });
    expect(neighbours({ number: 3, count: 3 })).toEqual({ previous: 2 });
  });
});

describe('pagination of groups', () => {
  it('splits groups across pages, keeping each part’s group total and marking the parts that go on', () => {
    const pages = pagesOfGroups(
      [
        ['a', [1, 2, 3]],
        ['b', [4]],
        ['c', [5, 6]],
      ],
      2,
    );
    expect(pages.map((page) => page.items)).toEqual([
      [{ key: 'a', items: [1, 2], total: 3, continued: false }],
      [
        { key: 'a', items: [3], total: 3, continued: true },
        { key: 'b', items: [4], total: 1, continued: false },
      ],
      [{ key: 'c', items: [5, 6], total: 2, continued: false }],
    ]);
    expect(pages.map((page) => [page.number, page.count])).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(firstPages(pages)).toEqual(new Map([['a', 1], ['b', 2], ['c', 3]]));
  });
});

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and two on each side of the current page, with gaps between', () => {
    expect(pageWindow(1, 224)).toEqual([1, 2, 3, 'gap', 224]);
    expect(pageWindow(100, 224)).toEqual([1, 'gap', 98, 99, 100, 101, 102, 'gap', 224]);
    expect(pageWindow(224, 224)).toEqual([1, 'gap', 222, 223, 224]);
  });

  it('shows a single left-out page rather than a gap for it', () => {
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });

  it('links the same number of pages however long the list', () => {
    const sizes = [100, 1000, 100_000].map((count) => pageWindow(Math.floor(count / 2), count).length);
    expect(new Set(sizes).size).toBe(1);
  });
});
