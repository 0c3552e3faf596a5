import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../src/client/pagefind-types.ts';
import { choiceCount, countSource, filterOptions, needsRecords, pagefindFilters, withCounts, withSections, without } from '../../src/client/search-filter-options.ts';
import { countLine, namedFirst, pageResults, recordResult, renderResult, type ResultView } from '../../src/client/search-result-view.ts';
import { QUOTATION_KINDS } from '../../src/model/schema.ts';

const content = 'Round two The envoy called it a breakthrough. “breakthrough” — Ann Vale. “no deal on the corridor” — Bo Reyes.';
const place = (word: string) => content.split(' ').indexOf(word);

const section: PagefindResultData = {
  url: '/articles/talks/round-two/',
  content,
  excerpt: 'The envoy called it a <mark>breakthrough</mark>.',
  filters: { type: ['Section'], article: ['The talks'] },
  meta: {
    title: 'Round two',
    quotations: JSON.stringify({
      'q-breakthrough-1': ['Ann Vale', 'partial'],
      'q-no-deal-2': ['Bo Reyes', 'full'],
    }),
  },
  anchors: [
    { element: 'span', id: 'q-breakthrough-1', text: 'breakthrough', location: place('breakthrough.') },
    { element: 'h3', id: 'cite-q-breakthrough-1', text: '“breakthrough”', location: place('“breakthrough”') },
    { element: 'h3', id: 'cite-q-no-deal-2', text: '“no deal on the corridor”', location: place('“no') },
  ],
};

describe('search results from the pages bundle', () => {
  it('shows each quotation whose citation holds the query as a result of its own, linking to its place and its citation, before its section', () => {
    const [quotation, page, ...rest] = pageResults(section, 'breakthrough');
    expect(rest).toEqual([]);
    expect(quotation).toEqual({
      type: 'Quotation',
      title: '“breakthrough”',
      url: '/articles/talks/round-two/#q-breakthrough-1',
      citation: '/articles/talks/round-two/#cite-q-breakthrough-1',
      excerpt: '<mark>“breakthrough”</mark> — Ann Vale.',
      speaker: 'Ann Vale',
      kind: 'partial',
      section: 'Round two',
      article: 'The talks',
      aliases: [],
    });
    expect(page).toMatchObject({ type: 'Section', title: 'Round two', url: section.url, article: 'The talks' });
  });

  it('finds a quotation by its speaker’s name, which its citation gives', () => {
    expect(pageResults(section, 'Reyes').map((view) => view.title)).toEqual(['“no deal on the corridor”', 'Round two']);
  });

  it('leaves out a citation that holds only some of the query’s words, or a phrase not word for word', () => {
    expect(pageResults(section, 'the breakthrough').map((view) => view.title)).toEqual(['“breakthrough”', 'Round two']);
    expect(pageResults(section, 'corridor breakthrough').map((view) => view.title)).toEqual(['Round two']);
    expect(pageResults(section, '"deal on the corridor"')[0]).toMatchObject({ title: '“no deal on the corridor”', excerpt: '“no <mark>deal</mark> <mark>on</mark> <mark>the</mark> <mark>corridor”</mark> — Bo Reyes.' });
    expect(pageResults(section, '"corridor deal"').map((view) => view.title)).toEqual(['Round two']);
  });

  it('shows a speaker’s page with their role and the names they are known by', () => {
    const speaker = { ...section, filters: { type: ['Speaker'] }, meta: { title: 'Ann Vale', role: 'Envoy', aliases: 'the envoy | Vale' }, anchors: [] };
    expect(pageResults(speaker, 'envoy')).toEqual([expect.objectContaining({ type: 'Speaker', title: 'Ann Vale', role: 'Envoy', aliases: ['the envoy', 'Vale'] })]);
  });
});

describe('search results from the records bundle', () => {
  const record = (type: string, url: string): PagefindResultData => ({
    url,
    content: 'breakthrough',
    excerpt: '<mark>breakthrough</mark>',
    meta: { title: '“breakthrough”', speaker: 'Ann Vale', said: 'January 6, 2026' },
    filters: { type: [type], kind: ['partial'], article: ['The talks'], section: ['Round two'], speaker: ['Ann Vale'] },
  });

  it('links a quotation to its place in the text and to its citation, with who said it, when and where', () => {
    expect(recordResult(record('Quotation', '/articles/talks/round-two/#q-breakthrough-1'))).toMatchObject({
      type: 'Quotation',
      url: '/articles/talks/round-two/#q-breakthrough-1',
      citation: '/articles/talks/round-two/#cite-q-breakthrough-1',
      speaker: 'Ann Vale',
      kind: 'partial',
      said: 'January 6, 2026',
      section: 'Round two',
      article: 'The talks',
    });
  });

  it('gives a claim no citation', () => {
    expect(recordResult(record('Claim', '/articles/talks/round-two/#claim-deal')).citation).toBeUndefined();
  });

  it('writes a result with its details and escapes what is not Pagefind’s excerpt', () => {
    const html = renderResult(recordResult({ ...record('Quotation', '/a/#q-x'), meta: { title: '“<b>x</b>”', speaker: 'Ann & Bo' } }));
    expect(html).toContain('<a href="/a/#q-x">“&lt;b&gt;x&lt;/b&gt;”</a>');
    expect(html).toContain('Ann &amp; Bo · partial quotation · in “Round two” · The talks');
    expect(html).toContain('<a href="/a/#cite-q-x">Cite this quotation</a>');
  });
});

describe('a speaker first for their name', () => {
  const view = (type: string, title: string, aliases: string[] = []): ResultView => ({ type, title, url: `/${title}/`, excerpt: '', aliases });

  it('moves the speaker whose name or alias is the query first, ignoring case, accents, punctuation and a leading “the”', () => {
    const results = [view('Speaker', 'Unnamed Syrian government source'), view('Section', 'Talks'), view('Speaker', 'Syrian government', ['Damascus'])];
    expect(namedFirst(results, 'syrian government').map((r) => r.title)).toEqual(['Syrian government', 'Unnamed Syrian government source', 'Talks']);
    expect(namedFirst(results, 'Damascus')[0]!.title).toBe('Syrian government');
    expect(namedFirst([view('Section', 'Talks'), view('Speaker', 'Thomas Barrack', ['the US envoy'])], 'US envoy')[0]!.title).toBe('Thomas Barrack');
  });

  it('leaves the order alone when no speaker is named', () => {
    const results = [view('Section', 'A'), view('Speaker', 'B')];
    expect(namedFirst(results, 'talks')).toEqual(results);
  });
});

describe('the line that counts the results', () => {
  it('counts what is listed once every result is drawn, quotations found in a page included', () => {
    expect(countLine(4, 4, 7, 'Barrack')).toBe('7 results for “Barrack”');
    expect(countLine(1, 1, 1, '"joint statement"')).toBe('1 result for "joint statement"');
  });

  it('says “at least” while some are not drawn yet, and says what to try when none is found', () => {
    expect(countLine(120, 10, 14, 'Syria')).toBe('At least 120 results for “Syria”');
    expect(countLine(0, 0, 0, 'xylophone')).toBe('No results for “xylophone”. Try fewer words, or remove a filter.');
    expect(countLine(3, 3, 3, '')).toBe('3 results');
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

describe('the filter menus', () => {
  it('has every counted filter counted, unnarrowed, by searching with an empty list of its values', () => {
    expect(withCounts({ year: '2026' }, 'pages')).toEqual({ bundle: 'pages', type: [], article: [], year: '2026', speaker: [], affiliation: [] });
    expect(without({ year: '2026', type: 'Claim' }, 'type')).toEqual({ year: '2026' });
  });

  it('searches the bundle it is for, and the sections, which carry no type of their own, as the pages that are not speakers', () => {
    expect(pagefindFilters({ type: 'Section', year: '2026' }, 'pages')).toEqual({ bundle: 'pages', type: { none: ['Speaker'] }, year: '2026' });
    expect(pagefindFilters({ type: 'Speaker' }, 'pages')).toEqual({ bundle: 'pages', type: 'Speaker' });
    expect(pagefindFilters({ type: 'Section', speaker: 'Ann Vale' }, 'records')).toEqual({ bundle: 'records', type: 'Section', speaker: 'Ann Vale' });
    expect(withCounts({ type: 'Section' }, 'pages').type).toEqual({ none: ['Speaker'] });
  });

  it('counts the sections of a plain search as its results that are not speakers', () => {
    expect(withSections({ type: { Speaker: 1 }, year: { '2026': 4 } }, 4, 'pages')).toEqual({ type: { Speaker: 1, Section: 3 }, year: { '2026': 4 } });
    expect(withSections({ type: { Claim: 2 } }, 2, 'records')).toEqual({ type: { Claim: 2 } });
  });

  it('counts a value in the bundle that choosing it would search', () => {
    expect(countSource('type', 'Quotation', {}, false)).toBe('records');
    expect(countSource('type', 'Section', { type: 'Quotation' }, false)).toBe('pages');
    expect(countSource('type', 'Section', { speaker: 'Ann Vale' }, false)).toBe('records');
    expect(countSource('article', 'The talks', {}, false)).toBe('pages');
    expect(countSource('speaker', 'Ann Vale', {}, false)).toBe('records');
  });

  it('takes a choice’s count from the bundle it would search, none where that bundle was not counted', () => {
    const pages = { type: { Section: 3, Speaker: 1 }, year: { '2026': 4 } };
    const records = { speaker: { 'Ann Vale': 2 }, type: { Quotation: 5, Claim: 1 } };
    expect(choiceCount('year', '2026', {}, false, { pages })).toBe(4);
    expect(choiceCount('year', '2025', {}, false, { pages })).toBe(0);
    expect(choiceCount('speaker', 'Ann Vale', {}, false, { pages })).toBeUndefined();
    expect(choiceCount('type', 'Quotation', {}, false, { pages })).toBeUndefined();
    expect(choiceCount('speaker', 'Ann Vale', {}, false, { pages, records })).toBe(2);
    expect(choiceCount('speaker', 'Bo Reyes', {}, false, { pages, records })).toBe(0);
    expect(choiceCount('type', 'Quotation', {}, false, { pages, records })).toBe(5);
    // Sorted, every choice searches the records, even a year.
    expect(choiceCount('year', '2026', {}, true, { pages })).toBeUndefined();
    expect(choiceCount('type', 'Section', { type: 'Quotation' }, false, { records })).toBeUndefined();
    expect(choiceCount('type', 'Section', { type: 'Quotation' }, false, { pages, records })).toBe(3);
  });

  it('lists the values with results first, with their counts, then those without, disabled unless chosen', () => {
    const counts: Record<string, number> = { 'Ann Vale': 3, 'Bo Reyes': 0, 'Cy Lund': 1 };
    expect(filterOptions('speaker', { values: Object.keys(counts), count: (v) => counts[v] }, 'Bo Reyes')).toEqual([
      { value: '', label: 'All', disabled: false },
      { value: 'Ann Vale', label: 'Ann Vale (3)', disabled: false },
      { value: 'Cy Lund', label: 'Cy Lund (1)', disabled: false },
      { value: 'Bo Reyes', label: 'Bo Reyes (0)', disabled: false },
    ]);
    expect(filterOptions('speaker', { values: Object.keys(counts), count: (v) => counts[v] }, '').at(-1)).toEqual({ value: 'Bo Reyes', label: 'Bo Reyes (0)', disabled: true });
  });

  it('offers a value the search did not count without a number, and always the result types and kinds, years newest first', () => {
    expect(filterOptions('type', { values: [], count: (v) => (v === 'Section' ? 2 : undefined) }, '').map((o) => o.label)).toEqual(['All', 'Section (2)', 'Claim', 'Quotation', 'Speaker']);
    expect(filterOptions('kind', { values: [], count: () => undefined }, '').map((o) => o.value)).toEqual(['', ...QUOTATION_KINDS]);
    expect(filterOptions('year', { values: ['2024', '2026', '2025'], count: () => 1 }, '').map((o) => o.value)).toEqual(['', '2026', '2025', '2024']);
  });
});
