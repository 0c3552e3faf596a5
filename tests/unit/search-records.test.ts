import { describe, expect, it } from 'vitest';
import { aliasesOf, aliasField, searchRecords, SORT_DATE_FILTER } from '../../src/outputs/search-records.ts';
import type { Article, Speaker } from '../../src/model/schema.ts';

const barrack: Speaker = {
  id: 'thomas-barrack',
  name: 'Thomas Barrack',
  aliases: ['Thomas Barrack', 'the US envoy', 'Barrack'],
  role: 'US Special Envoy to Syria',
  affiliation: 'United States',
  kind: 'person',
  description: 'The envoy.',
};
const article = { title: 'What Did the Fifth Round Reveal?', publisher: 'Noon Post', published: '2026-01', language: 'en' } as Article;
const section = {
  id: 'talks/agreement-or-normalization',
  title: 'Agreement or Normalization?',
  order: 4,
  article: 'talks',
  speakers: ['thomas-barrack'],
  dates: [],
  claims: [{ id: 'barrack-breakthrough', claimant: 'thomas-barrack', claim: 'The outcome is a breakthrough.', status: 'asserted' as const, date: '2026-01-06' }],
};
const records = searchRecords({
  quotations: [
    {
      id: 'q-breakthrough-1',
      text: 'breakthrough',
      kind: 'partial',
      speaker: { id: 'thomas-barrack', name: 'Thomas Barrack' },
      article: 'talks',
      section: section.id,
      url: '/articles/talks/agreement-or-normalization/#q-breakthrough-1',
      said: '2026-01-06',
      context: '',
    },
  ],
  sections: [section],
  speakers: [barrack],
  articles: new Map([['talks', article]]),
});

describe('search records', () => {
  it('are found by their own words, their speaker, the speaker’s other names and role, and when they were said', () => {
    const [quotation, claim] = records;
    expect(quotation).toMatchObject({
      content: 'breakthrough',
      meta: { title: '“breakthrough”', speaker: 'Thomas Barrack', aliases: 'the US envoy | Barrack | US Special Envoy to Syria', said: 'January 6, 2026' },
    });
    expect(claim).toMatchObject({ content: 'The outcome is a breakthrough.', meta: { title: 'The outcome is a breakthrough.', speaker: 'Thomas Barrack', said: 'January 6, 2026' } });
  });

  it('keep their section and article, kind and status as filters, which no query matches, never as searched metadata', () => {
    for (const record of records) {
      expect(Object.keys(record.meta).sort()).toEqual(['aliases', 'said', 'speaker', 'title']);
      expect(JSON.stringify(record.meta)).not.toMatch(/Normalization|Fifth Round/);
      expect(record.filters).toMatchObject({ section: ['Agreement or Normalization?'], article: ['What Did the Fifth Round Reveal?'], affiliation: ['United States'], year: ['2026'] });
    }
    expect(records[0]!.filters).toMatchObject({ type: ['Quotation'], speaker: ['Thomas Barrack'], kind: ['partial'] });
    expect(records[1]!.filters).toMatchObject({ type: ['Claim'], speaker: ['Thomas Barrack'], status: ['asserted'] });
  });

  it('keep the date they sort by as a filter too, for a sorted search of several shards to merge by; none when undated', () => {
    expect(records.map((record) => record.filters[SORT_DATE_FILTER])).toEqual([['2026-01-06'], ['2026-01-06']]);
    expect(records[0]!.sort).toEqual({ newest: '2026-01-06', oldest: '2026-01-06' });
    const [undated] = searchRecords({ quotations: [], sections: [{ ...section, claims: [{ ...section.claims[0]!, date: undefined }] }], speakers: [barrack], articles: new Map([['talks', article]]) });
    expect(undated!.filters[SORT_DATE_FILTER]).toEqual([]);
    expect(undated!.sort).toEqual({ newest: '0000', oldest: '9999' });
  });

  it('write a speaker’s other names once each, without the name itself, and read them back', () => {
    expect(aliasField(['Barrack', 'Thomas Barrack', 'Barrack'], 'Thomas Barrack')).toBe('Barrack');
    expect(aliasesOf('the US envoy | Barrack')).toEqual(['the US envoy', 'Barrack']);
    expect(aliasesOf(undefined)).toEqual([]);
  });
});
