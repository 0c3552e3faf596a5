import { describe, expect, it } from 'vitest';
import { findClaimSentence, sentencesOf } from '../../src/text/claims/claim-sentences.ts';
import { extractQuotations } from '../../src/analysis/analyse-text.ts';
import { buildTimeline, mentionMatches, type EventSource } from '../../src/views/timeline-events.ts';

describe('findClaimSentence', () => {
  const paragraphs = [
    'The talks resumed in Paris. A Syrian official told Reuters that Israel was stalling.',
    'US envoy Thomas Barrack hailed the outcome as a “breakthrough.” He added that more talks would follow.',
  ];

  it('finds the sentence that shares the most words with the claim', () => {
    expect(findClaimSentence(sentencesOf(paragraphs), 'Israel is stalling the talks, a Syrian official says.')).toEqual({ paragraph: 0, start: 28, end: 84 });
  });

  it('places a claim where its given words stand, even when another sentence shares more words', () => {
    const place = findClaimSentence(sentencesOf(paragraphs), 'The talks resumed in Paris.', 'more talks would follow');
    expect(place?.paragraph).toBe(1);
    expect(paragraphs[1]!.slice(place!.start, place!.end)).toBe('He added that more talks would follow.');
  });

  it('finds nothing for a claim the text does not carry, or for words that are not in it', () => {
    expect(findClaimSentence(sentencesOf(paragraphs), 'Egypt will host the next round of negotiations.')).toBeUndefined();
    expect(findClaimSentence(sentencesOf(paragraphs), 'The talks resumed.', 'words that are not there')).toBeUndefined();
  });
});

describe('mentionMatches', () => {
  it.each([
    ['2025-07-19', '2025-07-19', true],
    ['2025-07', '2025-07/2025-08', true],
    ['2025-07-19', '2025-07/2025-08', true],
    ['2025-09', '2025-07/2025-08', false],
    ['2024-12', '2024', true],
    ['2024', '2024-12', false],
  ])('event %s is named by a mention of %s: %s', (event, mention, expected) => {
    expect(mentionMatches(event, mention)).toBe(expected);
  });
});

describe('buildTimeline', () => {
  const event = (date: string, text: string, section = 'a/one'): EventSource => ({
    date,
    event: text,
    actors: ['Syria'],
    article: 'a',
    section,
    sectionTitle: section === 'a/one' ? 'One' : 'Two',
    sectionHref: `/articles/${section}/`,
  });

  it('orders by date, events before statements made on the same day, and links to the most precise mention', () => {
    const timeline = buildTimeline(
      [event('2025-07-19', 'Ceasefire in Suwayda'), event('1974', 'Disengagement Agreement')],
      [{ date: '2025-07-19', speaker: 'Thomas Barrack', party: 'United States', text: '“a ceasefire”', article: 'a', href: '/q', label: 'the quotation' }],
      [
        { section: 'a/one', id: 'date-2025-07--2025-08', value: '2025-07/2025-08' },
        { section: 'a/one', id: 'date-2025-07-19', value: '2025-07-19' },
      ],
    );
    expect(timeline.map((e) => [e.date, e.kind, e.label, e.precision])).toEqual([
      ['1974', 'event', '1974', 'year'],
      ['2025-07-19', 'event', 'July 19, 2025', 'day'],
      ['2025-07-19', 'statement', 'July 19, 2025', 'day'],
    ]);
    expect(timeline[0]!.links).toEqual([{ href: '/articles/a/one/', label: 'in “One”' }]);
    expect(timeline[1]!.links).toEqual([{ href: '/articles/a/one/#date-2025-07-19', label: 'in “One”' }]);
    expect(timeline[2]).toMatchObject({ text: 'Thomas Barrack: “a ceasefire”', parties: ['United States'] });
  });

  it('makes one entry of the same event written alike in two sections, linking to both, with unique ids', () => {
    const timeline = buildTimeline([event('1974', 'Disengagement Agreement'), event('1974', 'Disengagement Agreement', 'a/two'), event('1974', 'Another 1974 event')], [], []);
    expect(timeline.map((e) => e.links.length)).toEqual([2, 1]);
    expect(new Set(timeline.map((e) => e.id)).size).toBe(2);
  });
});

const OPTIONS = { speakers: () => [], sectionUrl: (id: string) => `/articles/${id}/` };

describe('remark-claims', () => {
  const section = (claims: string) => `---
article: test
claims:
${claims}
---

US envoy Thomas Barrack hailed the outcome as a “breakthrough.” He added that more talks would follow.
`;

  it('reports a claim that no sentence of the section carries, naming its id', async () => {
    const { messages } = await extractQuotations('content/articles/test/one.md', section('  - { id: egypt-hosts, claim: Egypt will host the next round of negotiations. }'), OPTIONS);
    expect(messages.map((m) => [m.ruleId, m.reason])).toEqual([
      ['claim-without-sentence', 'Claim "egypt-hosts" is carried by no sentence of the section: give its words as written in `sentence:`'],
    ]);
  });

  it('is quiet when every claim is found', async () => {
    const { messages } = await extractQuotations('content/articles/test/one.md', section('  - { id: more-talks, claim: More talks will follow, Barrack says. }'), OPTIONS);
    expect(messages.filter((m) => m.ruleId === 'claim-without-sentence')).toEqual([]);
  });
});
