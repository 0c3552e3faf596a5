/**
 * The timeline: every dated event of every article, and every dated statement, in order. Events are what the
 * sections' `dates` say happened; statements are quotations and claims with the date they were made, so the
 * timeline tells what happened from what was said about it.
 */
import { formatIsoDate, parseIsoDate, sortKey } from '../model/iso-date.ts';
import { daySpanOf, holds } from '../model/day-span.ts';
import { groupBy } from './group.ts';
import { sortedByKey } from '../model/sort-by-key.ts';
import { inQuotes } from './in-quotes.ts';
import { uniqueId } from '../model/strings.ts';
import type { DateMention } from '../remark/remark-dates.ts';

export interface TimelineLink {
  href: string;
  label: string;
}

export interface TimelineEntry {
  /** Stable anchor: the date and a slug of what happened. */
  id: string;
  date: string;
  /** As a reader sees it, at its own precision. */
  label: string;
  precision: 'day' | 'month' | 'year' | 'range';
  kind: 'event' | 'statement';
  text: string;
  /** The parties it concerns (states and organisations, never people): see timeline-parties.ts. */
  parties: string[];
  article: string;
  links: TimelineLink[];
}

export interface EventSource {
  date: string;
  event: string;
  parties: string[];
  article: string;
  section: string;
  sectionTitle: string;
  sectionHref: string;
}

export interface StatementSource {
  date: string;
  speaker: string;
  parties: string[];
  text: string;
  article: string;
  href: string;
  label: string;
}

/** Whether a mention in the text names the same time as an event: the same value, or a span holding it. */
export function mentionMatches(eventDate: string, mentionValue: string): boolean {
  if (eventDate === mentionValue) return true;
  const event = daySpanOf(eventDate);
  const mention = daySpanOf(mentionValue);
  return event !== undefined && mention !== undefined && holds(mention, event);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').split('-').slice(0, 6).join('-');
}

function precisionOf(date: string): TimelineEntry['precision'] {
  const parsed = parseIsoDate(date);
  if (typeof parsed === 'string') return 'year';
  return parsed.end ? 'range' : parsed.start.precision;
}

/** How many days a date spans: the narrower a mention, the better it names an event. */
function span(value: string): number {
  const days = daySpanOf(value);
  return days ? days.end - days.first : Infinity;
}

/** The mentions in a section that name an event's date, keeping only the most precise ones. */
function mentionsOf(event: EventSource, inSection: readonly DateMention[]): DateMention[] {
  const matching = inSection.filter((m) => mentionMatches(event.date, m.value));
  const narrowest = Math.min(...matching.map((m) => span(m.value)));
  return matching.filter((m) => span(m.value) === narrowest);
}

/**
 * Every event and statement in chronological order; at the same date, events before statements. The same
 * event written alike in several sections is one entry linking to each of them.
 */
export function buildTimeline(events: readonly EventSource[], statements: readonly StatementSource[], mentions: readonly DateMention[]): TimelineEntry[] {
  const mentionsBySection = new Map(groupBy(mentions, (mention) => mention.section));
  const used = new Set<string>();
  const entries: TimelineEntry[] = [
    ...events.map((event): TimelineEntry => {
      const inText = mentionsOf(event, mentionsBySection.get(event.section) ?? []);
      return {
        id: uniqueId(`event-${event.date.replace('/', '--')}-${slug(event.event)}`, used),
        date: event.date,
        label: formatIsoDate(event.date),
        precision: precisionOf(event.date),
        kind: 'event',
        text: event.event,
        parties: event.parties,
        article: event.article,
        links: inText.length
          ? inText.map((m, i) => ({ href: `${event.sectionHref}#${m.id}`, label: `in ${inQuotes(event.sectionTitle)}${inText.length > 1 ? ` (${i + 1})` : ''}` }))
          : [{ href: event.sectionHref, label: `in ${inQuotes(event.sectionTitle)}` }],
      };
    }),
    ...statements.map(
      (statement): TimelineEntry => ({
        id: uniqueId(`said-${statement.date.replace('/', '--')}-${slug(statement.speaker)}`, used),
        date: statement.date,
        label: formatIsoDate(statement.date),
        precision: precisionOf(statement.date),
        kind: 'statement',
        text: `${statement.speaker}: ${statement.text}`,
        parties: statement.parties,
        article: statement.article,
        links: [{ href: statement.href, label: statement.label }],
      }),
    ),
  ];
  const merged = new Map<string, TimelineEntry>();
  for (const entry of entries) {
    const same = merged.get(`${entry.kind}|${entry.date}|${entry.text}`);
    if (same) same.links.push(...entry.links);
    else merged.set(`${entry.kind}|${entry.date}|${entry.text}`, entry);
  }
  const key = (entry: TimelineEntry) => {
    const parsed = parseIsoDate(entry.date);
    return [typeof parsed === 'string' ? entry.date : sortKey(parsed.start), entry.kind === 'event' ? 0 : 1] as const;
  };
  return sortedByKey([...merged.values()], key, (a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
}
