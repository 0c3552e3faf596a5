import { describe, expect, it } from 'vitest';
import { findClaimSentence, sentencesOf } from '../../src/text/claims/claim-sentences.ts';
import { extractQuotations } from '../../src/analysis/analyse-text.ts';
import { buildTimeline, mentionMatches, type EventSource } from '../../src/views/timeline-events.ts';
import { partiesOf, type PartySpeaker } from '../../src/views/timeline-parties.ts';
import { AXIS_WIDTHS_REM, timeAxis } from '../../src/views/timeline-axis.ts';
import { OTHER_LANE, timelineChart, type ChartEntry } from '../../src/views/timeline-chart.ts';
import { dayNumber, daySpanOf } from '../../src/model/day-span.ts';
import { restatesDate, sameEventPairs, type EventToCheck } from '../../src/check/timeline-event-check.ts';
import { checkContent } from '../../src/check/content-check.ts';
import { contentFolder, VALID_SECTION } from '../helpers/content.ts';

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
    parties: ['Syria'],
    article: 'a',
    section,
    sectionTitle: section === 'a/one' ? 'One' : 'Two',
    sectionHref: `/articles/${section}/`,
  });

  it('orders by date, events before statements made on the same day, and links to the most precise mention', () => {
    const timeline = buildTimeline(
      [event('2025-07-19', 'Ceasefire in Suwayda'), event('1974', 'Disengagement Agreement')],
      [{ date: '2025-07-19', speaker: 'Thomas Barrack', parties: ['United States'], text: '“a ceasefire”', article: 'a', href: '/q', label: 'the quotation' }],
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

describe('partiesOf', () => {
  const speaker = (name: string, affiliation: string, kind: PartySpeaker['kind'], aliases: string[] = []): PartySpeaker => ({ name, aliases, affiliation, kind });
  const registry = [
    speaker('Asaad al-Shibani', 'Syria', 'person', ['al-Shibani']),
    speaker('Israeli government', 'Israel', 'organization'),
    speaker('US government', 'United States', 'organization'),
    speaker('Joint statement of Syria, Israel and the United States', 'Joint', 'document'),
    speaker('Syrian Network for Human Rights', 'Rights group', 'organization'),
    speaker('Noon Post', 'Media', 'organization'),
    speaker('Firas Allawi', 'Analyst', 'person'),
  ];
  const parties = partiesOf(registry, [['Syria', 'Israel'], ['United States'], ['Israel', 'Syrian Network for Human Rights'], ['Asaad al-Shibani']]);

  it('takes as parties the affiliations that events name as actors, never people, outlets, analysts or "Joint"', () => {
    expect(parties.ofActors(['Syria', 'Israel', 'United States'])).toEqual(['Syria', 'Israel', 'United States']);
    expect(parties.ofActors(['Israel', 'Syrian Network for Human Rights'])).toEqual(['Israel']);
    expect(parties.ofActors(['Media', 'Joint', 'Benjamin Netanyahu'])).toEqual([]);
  });

  it('lets a person the registry knows stand for their party, once', () => {
    expect(parties.ofActors(['Asaad al-Shibani'])).toEqual(['Syria']);
    expect(parties.ofActors(['al-Shibani', 'Syria'])).toEqual(['Syria']);
  });

  it('gives what a speaker says to their party, and a joint document to the parties its name gives', () => {
    expect(parties.ofSpeaker(registry[0])).toEqual(['Syria']);
    expect(parties.ofSpeaker(registry[3])).toEqual(['Syria', 'Israel', 'United States']);
    expect(parties.ofSpeaker(registry[4])).toEqual([]);
    expect(parties.ofSpeaker(registry[6])).toEqual([]);
    expect(parties.ofSpeaker(undefined)).toEqual([]);
  });
});

const spans = (...dates: string[]) => dates.map((date) => daySpanOf(date)!);

describe('timeAxis', () => {
  it('cuts the empty years between 1974 and 2024 out with one break, and says how long they are', () => {
    const axis = timeAxis(spans('1974', '2024-12-08', '2025', '2025-07', '2026-01-05/2026-01-06'));
    expect(axis.segments.map((s) => [s.first, s.end])).toEqual([
      [dayNumber(1974), dayNumber(1975)],
      [dayNumber(2024, 12), dayNumber(2026, 2)],
    ]);
    expect(axis.breaks).toEqual([expect.objectContaining({ length: '50 years', months: 'January 1975 – November 2024', days: { first: dayNumber(1975), end: dayNumber(2024, 12) } })]);
    expect(axis.breaks[0]!.from).toBe(axis.segments[0]!.to);
    expect(axis.breaks[0]!.to).toBeCloseTo(axis.segments[1]!.from);
    expect([axis.segments[0]!.from, axis.segments.at(-1)!.to]).toEqual([0, 1]);
  });

  it('keeps time whole where the empty spans are short: under half a year, or short beside the time drawn', () => {
    expect(timeAxis(spans('2021-03', '2021-08-15', '2022-01', '2022-06')).breaks).toEqual([]);
    expect(timeAxis(spans('2000', '2001', '2002', '2003', '2004', '2006', '2007', '2008', '2009', '2010')).breaks).toEqual([]);
    expect(timeAxis(spans('2024-01-10', '2024-03-02', '2024-12-20')).breaks).toHaveLength(1);
  });

  it('places days in order and in proportion to time within a segment, and in order across a break', () => {
    const axis = timeAxis(spans('1974', '2025', '2025-12'));
    const [, year] = axis.segments;
    const days = [dayNumber(1974, 6), dayNumber(2025), dayNumber(2025, 3, 15), dayNumber(2025, 7), dayNumber(2025, 11, 30), dayNumber(2026)];
    const at = days.map((day) => axis.at(day));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(new Set(at).size).toBe(at.length);
    const share = (day: number) => (axis.at(day) - year!.from) / (year!.to - year!.from);
    expect(share(dayNumber(2025, 7))).toBeCloseTo(181 / 365, 10);
    expect(share(dayNumber(2025, 3, 15))).toBeCloseTo(73 / 365, 10);
  });

  it('labels the start of each segment at every width, and the other ticks from the width at which they fit', () => {
    const axis = timeAxis(spans('1974', '2024-12-08', '2025', '2026-01-06'));
    const starts = axis.ticks.filter((tick) => axis.segments.some((s) => s.from === tick.at));
    expect(starts.map((tick) => [tick.label, tick.from])).toEqual([
      ['1974', 0],
      ['2024', 0],
      ['Dec', 0],
    ]);
    const labelled = (level: number) => axis.ticks.filter((tick) => tick.from !== undefined && tick.from <= level).length;
    expect(AXIS_WIDTHS_REM.map((_, level) => labelled(level))).toEqual([...AXIS_WIDTHS_REM.map((_, level) => labelled(level))].sort((a, b) => a - b));
    expect(labelled(AXIS_WIDTHS_REM.length - 1)).toBeGreaterThan(labelled(0));
  });
});

describe('timelineChart', () => {
  const entry = (id: string, date: string, kind: ChartEntry['kind'], parties: string[] = []): ChartEntry => ({ id, date, kind, parties, label: date, text: id });

  it('draws a day as a point at its middle, and a month, a year or a range as a bar over its days', () => {
    const chart = timelineChart([entry('y', '1974', 'event'), entry('m', '2025-07', 'event'), entry('d', '2025-07-19', 'statement'), entry('r', '2025-09-01/2025-09-30', 'event')]);
    const axis = timeAxis(spans('1974', '2025-07', '2025-07-19', '2025-09-01/2025-09-30'));
    const mark = (id: string) => chart.marks.find((m) => m.id === id)!;
    expect(mark('d')).toMatchObject({ x: axis.at(dayNumber(2025, 7, 19) + 0.5), kind: 'statement' });
    expect(mark('d').width).toBeUndefined();
    expect(mark('m')).toMatchObject({ x: axis.at(dayNumber(2025, 7)), width: axis.at(dayNumber(2025, 8)) - axis.at(dayNumber(2025, 7)) });
    expect(mark('y').width).toBeCloseTo(axis.segments[0]!.to - axis.segments[0]!.from);
    expect(mark('r').width).toBeCloseTo(axis.at(dayNumber(2025, 10)) - axis.at(dayNumber(2025, 9)));
    expect(chart.breakBefore.get('m')).toBe(chart.breaks[0]);
  });

  it('gives the most frequent parties a lane each, in each of which an entry of several parties is drawn, and the rest one lane', () => {
    const chart = timelineChart([
      entry('a', '2025-01-01', 'event', ['Syria', 'Israel']),
      entry('b', '2025-02-01', 'event', ['Syria']),
      entry('c', '2025-03-01', 'statement', ['Israel', 'United States']),
      entry('d', '2025-04-01', 'statement', ['United States', 'Jordan']),
      entry('e', '2025-05-01', 'event', ['Syria']),
      entry('f', '2025-06-01', 'event', ['Jordan', 'Egypt']),
      entry('g', '2025-07-01', 'event'),
      entry('h', '2025-08-01', 'statement', ['United States']),
    ]);
    expect(chart.lanes.map((lane) => lane.label)).toEqual(['Syria', 'United States', 'Israel', OTHER_LANE]);
    const laneOf = (y: number) => chart.lanes.findIndex((lane) => lane.top < y && y < lane.bottom);
    const lanesOf = (id: string) => chart.marks.filter((m) => m.id === id).map((m) => laneOf(m.y));
    expect(lanesOf('a')).toEqual([0, 2]);
    expect(lanesOf('c')).toEqual([1, 2]);
    expect(lanesOf('d')).toEqual([1]);
    expect(lanesOf('f')).toEqual([3]);
    expect(lanesOf('g')).toEqual([3]);
    // What happened above the lane's line, what was said below it.
    for (const mark of chart.marks) expect(mark.kind === 'event', mark.id).toBe(mark.y < chart.lanes[laneOf(mark.y)]!.line);
  });

  it('draws marks that would overlap on a phone together, with their count, and keeps apart bars that would overlap', () => {
    const chart = timelineChart([
      entry('one', '2026-01-05', 'statement', ['Syria']),
      entry('two', '2026-01-06', 'statement', ['Syria']),
      entry('three', '2026-01-06', 'statement', ['Syria']),
      entry('year', '2025', 'event', ['Syria']),
      entry('month', '2025-07', 'event', ['Syria']),
      entry('august', '2025-08', 'event', ['Syria']),
    ]);
    expect(chart.counts).toEqual([expect.objectContaining({ count: 3, x: chart.marks.find((m) => m.id === 'three')!.x })]);
    const y = (id: string) => chart.marks.find((m) => m.id === id)!.y;
    expect(y('one')).toBe(y('three'));
    expect(y('month')).not.toBe(y('year'));
    expect(y('month')).toBe(y('august'));
  });
});

describe('the timeline’s checks', () => {
  const at = (date: string, event: string, more: Partial<EventToCheck> = {}): EventToCheck => ({ article: 'a', date, event, actors: [], ...more });

  it.each([
    'Date of the pre-war lines along the river',
    'The date by which the troops must leave',
    'June 4, 1967',
    'Early March 2011',
  ])('finds that "%s" only names a date', (event) => {
    expect(restatesDate(event)).toBe(true);
  });

  it.each(['Ceasefire agreed on June 4', 'Day of Rage protests in Cairo', 'End of the siege of Aleppo', 'Elections held'])('takes "%s" for an event', (event) => {
    expect(restatesDate(event)).toBe(false);
  });

  it('pairs two events at the same time, one date holding the other, whose words mostly overlap', () => {
    const month = at('2022-05', 'Siege of Mariupol ends');
    const day = at('2022-05-20', 'End of the siege of Mariupol');
    expect(sameEventPairs([month, at('2022-05-21', 'Ukraine’s last defenders leave Azovstal'), day])).toEqual([[month, day, ['siege', 'mariupol']]]);
  });

  it('leaves alone events told alike, at other times, at other places, with no actor in common, or in other articles', () => {
    const talks = at('2025-07', 'Talks between Syria and Israel held in Paris', { actors: ['Syria', 'Israel'], place: 'Paris' });
    expect(sameEventPairs([talks, { ...talks }])).toEqual([]);
    expect(sameEventPairs([talks, { ...talks, date: '2025-08' }])).toEqual([]);
    expect(sameEventPairs([talks, { ...talks, date: '2025-07-25', event: 'Talks between Syria and Israel held in Baku', place: 'Baku' }])).toEqual([]);
    expect(sameEventPairs([talks, { ...talks, date: '2025-07-25', event: 'Talks held in Paris', actors: ['Lebanon'] }])).toEqual([]);
    expect(sameEventPairs([talks, { ...talks, date: '2025-07-25', event: 'Talks held in Paris', article: 'b' }])).toEqual([]);
    expect(sameEventPairs([talks, { ...talks, date: '2025-07-25', event: 'Syria and Israel hold talks in Paris' }])).toHaveLength(1);
  });

  it('warns in npm run check at the event’s file, line and field, with the fix', () => {
    const dates = `dates:
  - date: "2026-01-05/2026-01-06"
    event: Talks in Paris
    actors: [Syria, Israel]
  - date: "2026-01"
    event: Syria and Israel meet for talks in Paris
    actors: [Syria]
  - date: "2026-01-04"
    event: Date of the Paris deadline
---`;
    const section = VALID_SECTION.replace(/dates:[\s\S]*?---/, dates);
    const line = (text: string) => section.split('\n').findIndex((l) => l.includes(text)) + 1;
    const warnings = checkContent(contentFolder({ 'articles/test-article/the-talks.mdx': section })).filter((p) => p.severity === 'warning');
    expect(warnings.map((w) => [w.rule, w.field, w.line])).toEqual([
      ['duplicate-event', 'dates.1.event', line('Syria and Israel meet')],
      ['date-not-event', 'dates.2.event', line('Date of the Paris deadline')],
    ]);
    expect(warnings[0]!.message).toMatch(/"Syria and Israel meet for talks in Paris" \(January 2026\) and "Talks in Paris" \(January 5–6, 2026\) at .*the-talks\.mdx:\d+:\d+ share the words "talks", "paris": probably one event, which the timeline would show twice\. If it is one, write both entries alike/);
    expect(warnings[1]!.message).toMatch(/names a date, not something that happened on it: say what happened then \(who did what\), or remove the entry/);
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
