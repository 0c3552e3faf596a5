import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../src/client/pagefind-types.ts';
import { needsRecords, pageResults } from '../../src/client/search-page.ts';

const section: PagefindResultData = {
  url: '/articles/talks/round-two/',
  excerpt: 'The envoy called it a <mark>breakthrough</mark>.',
  filters: {},
  meta: {
    type: 'Section',
    title: 'Round two',
    article: 'The talks',
    quotations: JSON.stringify({ 'cite-q-breakthrough-1': { speaker: 'Ann Vale', kind: 'partial', place: 'q-breakthrough-1' } }),
  },
  sub_results: [
    { title: 'Round two', url: '/articles/talks/round-two/', excerpt: 'The envoy called it a <mark>breakthrough</mark>.' },
    { title: '“breakthrough”', url: '/articles/talks/round-two/#cite-q-breakthrough-1', excerpt: '<mark>breakthrough</mark>', anchor: { id: 'cite-q-breakthrough-1' } },
    { title: 'Other heading', url: '/articles/talks/round-two/#other', excerpt: 'x', anchor: { id: 'other' } },
  ],
};

describe('search results from the pages bundle', () => {
  it('shows each quotation the query finds as a result of its own, linking to its place in the text, before its section', () => {
    const [quotation, page, ...rest] = pageResults(section);
    expect(rest).toEqual([]);
    expect(quotation).toMatchObject({
      url: '/articles/talks/round-two/#q-breakthrough-1',
      excerpt: '<mark>breakthrough</mark>',
      meta: { type: 'Quotation', title: '“breakthrough”', speaker: 'Ann Vale', kind: 'partial', section: 'Round two', article: 'The talks' },
    });
    expect(page).toBe(section);
  });

  it('leaves a page without quotations as it is', () => {
    const speaker = { ...section, meta: { type: 'Speaker', title: 'Ann Vale' }, sub_results: [] };
    expect(pageResults(speaker)).toEqual([speaker]);
  });
});

describe('which bundle a search needs', () => {
  it('takes the pages for a plain query, and for article, year and page-type filters', () => {
    expect(needsRecords({}, false)).toBe(false);
    expect(needsRecords({ article: 'The talks', year: '2026', type: 'Section' }, false)).toBe(false);
  });

  it('takes the records to filter by speaker, affiliation or kind, to keep quotations or claims only, or to sort', () => {
    expect(needsRecords({ speaker: 'Ann Vale' }, false)).toBe(true);
    expect(needsRecords({ affiliation: 'Syria' }, false)).toBe(true);
    expect(needsRecords({ kind: 'full' }, false)).toBe(true);
    expect(needsRecords({ type: 'Quotation' }, false)).toBe(true);
    expect(needsRecords({ type: 'Claim' }, false)).toBe(true);
    expect(needsRecords({}, true)).toBe(true);
  });
});
