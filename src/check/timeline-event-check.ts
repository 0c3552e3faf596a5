/**
 * Two warnings about the events of the sections' `dates`, as the timeline will show them:
 *
 * - two events of one article at the same time (the same date, or one date holding the other, as December 2024
 *   holds December 8) whose words mostly overlap are probably one event written twice, which the timeline would
 *   show twice;
 * - an event whose words only name a date ("Date of the lines of December 7") tells nothing that happened.
 *
 * Events written alike at the same date are one entry of the timeline already, so they are not reported; nor are
 * events at different places, or whose actors have none in common. Events are compared within an article, whose
 * annotations one maintainer reads together: two articles may each tell an event in their own words.
 */
import { daySpanOf, holds, type DaySpan } from '../model/day-span.ts';
import { MONTH_NAMES } from '../model/iso-date.ts';

export interface EventToCheck {
  /** The article it is annotated in: events are compared within one. */
  article: string;
  date: string;
  event: string;
  actors: readonly string[];
  place?: string;
}

/** Words that say nothing of what happened: function words, and the words of dates. */
const FUNCTION_WORDS = new Set(
  `the and for with from into onto over under between among about against amid upon after before during since until
  its their his her him them they this that these those which who whom whose what when where while than then also
  was were has have had been being are is not nor but yet via per`.split(/\s+/),
);
const DATE_WORDS = new Set([
  ...MONTH_NAMES.map((month) => month.toLowerCase()),
  ...MONTH_NAMES.map((month) => month.slice(0, 3).toLowerCase()),
  ...'date dates day days week weeks month months year years early mid late end beginning start pre post th st nd rd'.split(' '),
]);

/** The words of a text that can tell events apart: lower case, at least three letters (or a number), no function words. */
function eventWords(text: string): Set<string> {
  const tokens = text.toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(tokens.filter((token) => (token.length >= 3 || /^\p{N}+$/u.test(token)) && !FUNCTION_WORDS.has(token)));
}

/** Whether an event only names a date: it begins "Date of…", or has no word but those of dates. */
export function restatesDate(event: string): boolean {
  if (/^\s*(?:the\s+)?dates?\b/iu.test(event)) return true;
  const words = [...eventWords(event)];
  return words.length > 0 && words.every((word) => DATE_WORDS.has(word) || /^\p{N}+(?:st|nd|rd|th)?$/u.test(word));
}

/** At least this share of the shorter event's words, and at least two of them, in common: probably one event. */
const OVERLAP = 0.5;
const MIN_SHARED = 2;

/** The words two events share, beside their actors' names, when they probably tell one event; undefined if not. */
function sharedWords(a: EventToCheck, b: EventToCheck): string[] | undefined {
  if (a.place && b.place && a.place.toLowerCase() !== b.place.toLowerCase()) return undefined;
  const actorsA = new Set(a.actors.map((actor) => actor.toLowerCase()));
  if (a.actors.length && b.actors.length && !b.actors.some((actor) => actorsA.has(actor.toLowerCase()))) return undefined;
  const named = new Set([...a.actors, ...b.actors].flatMap((actor) => [...eventWords(actor)]));
  const words = (event: EventToCheck) => [...eventWords(event.event)].filter((word) => !named.has(word) && !DATE_WORDS.has(word));
  const wordsA = words(a);
  const wordsB = new Set(words(b));
  const shared = wordsA.filter((word) => wordsB.has(word));
  return shared.length >= MIN_SHARED && shared.length >= OVERLAP * Math.min(wordsA.length, wordsB.size) ? shared : undefined;
}

/**
 * Every pair of events of one article at the same time that probably tell one event, each pair once, the
 * earlier-listed first, in the order of the second.
 */
export function sameEventPairs<T extends EventToCheck>(events: readonly T[]): [T, T, string[]][] {
  const dated = events.flatMap((event, index) => {
    const days = daySpanOf(event.date);
    return days ? [{ event, index, days }] : [];
  });
  const byStart = [...dated].sort((a, b) => (a.event.article < b.event.article ? -1 : a.event.article > b.event.article ? 1 : 0) || a.days.first - b.days.first || a.index - b.index);
  const same = (x: DaySpan, y: DaySpan) => holds(x, y) || holds(y, x);
  const pairs: { at: [number, number]; pair: [T, T, string[]] }[] = [];
  byStart.forEach((one, i) => {
    // Sorted by article, then by first day: only the events after it that start before it ends can share its time.
    for (let j = i + 1; j < byStart.length && byStart[j]!.event.article === one.event.article && byStart[j]!.days.first < one.days.end; j++) {
      const other = byStart[j]!;
      if (!same(one.days, other.days)) continue;
      if (one.event.date === other.event.date && one.event.event === other.event.event) continue;
      const shared = sharedWords(one.event, other.event);
      const [first, second] = one.index < other.index ? [one, other] : [other, one];
      if (shared) pairs.push({ at: [first.index, second.index], pair: [first.event, second.event, shared] });
    }
  });
  return pairs.sort((a, b) => a.at[1] - b.at[1] || a.at[0] - b.at[0]).map(({ pair }) => pair);
}
