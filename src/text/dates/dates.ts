/**
 * Dates as English news text writes them ("January 5–6", "July and August 2025", "late 2024", "in recent weeks"),
 * resolved against their context into ISO 8601 values no more precise than the text.
 */
import * as chrono from 'chrono-node';
import { MONTH_NAMES, parseIsoDate } from '../../model/iso-date.ts';
import { firstNotBefore } from '../../model/sorted.ts';

/** How precisely a date expression is known: a range and an approximate date carry their parts' precision in the value. */
export type DatePrecision = 'day' | 'month' | 'year' | 'range' | 'approximate' | 'unresolved';

/** One date expression of a text, where it stands and what it resolves to. */
export interface NewsDate {
  /** The expression as written, and where it stands in the text (UTF-16 offsets). */
  text: string;
  start: number;
  end: number;
  precision: DatePrecision;
  /** ISO 8601 of reduced precision: "2025", "2025-11", "2024-12-08", or a range "2026-01-05/2026-01-06". Absent when unresolved. */
  value?: string;
  /** For 'approximate': the nearest honest value ("late 2024" → value "2024", approximate qualifier 'late'); for a range, precision is 'range' and value is "start/end" at the precision of the parts. */
  qualifier?: 'early' | 'mid' | 'late' | 'around';
}

/** What the dates of a text are resolved against. */
export interface DateContext {
  /** The article's publication date (ISO reduced precision, e.g. "2026-01"): resolves dates written without a year when no explicit year is near. */
  published?: string;
}

type Qualifier = NonNullable<NewsDate['qualifier']>;

/** The calendar components of a date; a year the text leaves out is filled in from context. */
interface Point {
  year?: number;
  month?: number;
  day?: number;
}

/** A date expression found in the text, before a missing year is resolved. */
interface Mention {
  start: number;
  end: number;
  /** The date, or the start of a range; absent for relative expressions ("last month"), which name no calendar date. */
  from?: Point;
  to?: Point;
  qualifier?: Qualifier;
  /** A season ("summer 2025"): approximate, with no qualifier word. */
  seasonal?: boolean;
  /** Whether a later date without a year takes its year from this one: a year that names a thing ("the 1974 Agreement") and a decade do not. */
  setsYear: boolean;
}

const MONTHS = MONTH_NAMES.join('|');
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A month name as news text writes it: capitalised, so the verbs "may" and "march" are not months. */
const MONTH_NAME = new RegExp(`\\b(?:${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b`);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Whether the words right before an offset could be "… of " or "… of the ": spaces, after "of" or "the". */
function mayFollowOf(text: string, offset: number): boolean {
  let at = offset;
  while (at > 0 && /\s/.test(text.charAt(at - 1))) at--;
  if (at === offset) return false;
  const before = text.slice(Math.max(0, at - 3), at).toLowerCase();
  return before.endsWith('of') || before.endsWith('the');
}

/**
 * Chrono's English parser, with one change to how it works and none to what it finds: its refiner for "end of
 * March" reads the whole text before every date to look for "end of", so a paragraph of many dates cost the square
 * of its length; it is now given only the dates that could stand after "of" or "of the". (It changes each date on
 * its own, and returns the list it was given.)
 */
function englishParser(): chrono.Chrono {
  const parser = chrono.en.casual.clone();
  parser.refiners = parser.refiners.map((refiner): chrono.Refiner =>
    refiner.constructor.name === 'ENEndOfPeriodRefiner'
      ? {
          refine: (context, results) => {
            refiner.refine(context, results.filter((result) => mayFollowOf(context.text, result.index)));
            return results;
          },
        }
      : refiner,
  );
  return parser;
}

const ENGLISH = englishParser();

/** Chrono needs a reference date; only the components the text gives are kept, so it only has to be a leap year (for "February 29"). */
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)`;
/** Expressions relative to when the text was written, which is not known exactly: found, never resolved. */
const RELATIVE = new RegExp(
  [
    String.raw`\brecent(?:ly\b|\s+(?:days|weeks|months|years)\b)`,
    String.raw`\b(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:day|week|month|year)\b`,
    String.raw`\b(?:past|last)\s+(?:few|several|couple\s+of|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|weeks|months|years)\b`,
    String.raw`\b(?:last|this|next|past)\s+(?:night|week|weekend|month|year|spring|summer|autumn|fall|winter)\b`,
    String.raw`\b${COUNT}\s+(?:days?|weeks?|months?|years?|decades?)\s+ago\b`,
    String.raw`\b(?:yesterday|today|tomorrow|tonight)\b`,
  ].join('|'),
  'gi',
);
/** "last March", "this Friday": case-sensitive, so "this may" stays a modal verb. */
const RELATIVE_NAMED = new RegExp(`\\b(?:[Ll]ast|[Tt]his|[Nn]ext)\\s+(?:${MONTHS}|${WEEKDAYS})\\b`, 'g');
/** A weekday on its own ("on Monday") is relative too, but gives way to a calendar date that names it ("Tuesday, January 6"). */
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS})\\b`, 'g');

/** A four-digit number 1900–2099 that is not part of a larger number, an amount or a percentage; "1990s" is a decade. */
const YEAR_CANDIDATE = /(?<![\w$€£#]|\d[.,])((?:19|20)\d\d)(s?)(?![\w%]|[.,]\d)/g;
/** Words after which a four-digit number is a year ("in 2025", "since 2011", "mid-2025", "summer of 2025"). */
const YEAR_LEAD =
  /(?:\b(?:in|since|of|by|until|till|from|before|after|during|through|throughout|between|year|early|late|around|circa|approximately|roughly|spring|summer|autumn|fall|winter)\s+|\bmid-|\bc\.\s*)$/i;
/** A determiner before a year that names a thing: "the 1974 Disengagement Agreement", "Israel's 1981 annexation". */
const ATTRIBUTIVE_LEAD = /(?:\b(?:the|a|an|its|his|her|their|our|this|that)|\w['’]s)\s+$/i;
/** Nouns a year names a thing by ("the 1974 agreement"); a capitalised noun counts too. */
const EVENT_NOUNS = new Set([
  'accord', 'accords', 'agreement', 'agreements', 'annexation', 'armistice', 'arrangements', 'attack', 'attacks', 'border',
  'borders', 'budget', 'campaign', 'ceasefire', 'census', 'conference', 'constitution', 'coup', 'crisis', 'deal',
  'decision', 'disengagement', 'earthquake', 'election', 'elections', 'framework', 'invasion', 'law', 'line', 'lines',
  'massacre', 'negotiations', 'offensive', 'protests', 'referendum', 'report', 'resolution', 'revolution', 'summit',
  'talks', 'treaty', 'truce', 'uprising', 'vote', 'war', 'withdrawal',
]);
/** Words after which a four-digit number counts things ("2000 people", "1950 troops"). */
const COUNTED_NOUNS = new Set([
  'people', 'men', 'women', 'children', 'personnel', 'staff', 'police', 'dead', 'wounded', 'killed', 'more', 'other',
  'new', 'additional', 'extra', 'percent', 'per',
]);
/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set([
  'as', 'is', 'was', 'has', 'its', 'his', 'this', 'thus', 'yes', 'plus', 'versus', 'whereas', 'perhaps', 'always',
  'afterwards', 'onwards', 'towards', 'unless', 'less',
]);
/** A year standing alone between punctuation: "1974", "(1974)", "Paris, 1974.". */
const STANDS_ALONE_BEFORE = /(?:^|[(\[,;:!?."“‘'])\s*$/;
const STANDS_ALONE_AFTER = /^\s*(?:$|[)\],;:.!?"”’'])/;
/** A year opening a span of years: "2019-2021" (en dashes are read as hyphens). */
const OPENS_SPAN = /^-(?:19|20)\d\d\b/;

/** What joins two dates: a range ("2019 to 2021", "January 5–6"), or a list ("March and May 2024"). */
const CONNECTOR = /^\s*(-|to|through|until|till|and|or)\s*$/i;
const RANGE_CONNECTORS = new Set(['-', 'to', 'through', 'until', 'till']);
/** Words after which a month on its own is a date ("in May", "since March"), unlike "the March on Washington". */
const MONTH_LEAD =
  /\b(?:in|since|by|until|till|from|between|during|through|throughout|of|before|after|early|late|mid|around)[\s-]+$/i;
/** Words that make a year, month or decade approximate; the text of the date starts at them (but after a leading "the"). */
const QUALIFIER_LEAD =
  /\b(?:(?:the\s+)?(?:(early|late|mid)[\s-]+|(beginning|start|middle|end)\s+of\s+(?:the\s+)?|(spring|summer|autumn|fall|winter)(?:\s+of)?\s+)|(around|circa|c\.|approximately|roughly)\s+)$/i;
const QUALIFIER_OF: Record<string, Qualifier> = {
  early: 'early', beginning: 'early', start: 'early',
  mid: 'mid', middle: 'mid',
  late: 'late', end: 'late',
};

/** Every date expression in a text, in order, resolved against the nearest explicit year before it in the same text, then the publication date. */
export function findDates(text: string, context?: DateContext): NewsDate[] {
  if (typeof text !== 'string' || text === '') return [];
  // One UTF-16 unit for one, so offsets in the plain text are offsets in the text.
  const plain = text.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u00a0\u2009\u202f]/g, ' ');
  // Kept in order: mentions never overlap and are never empty, so their starts and their ends both rise.
  const mentions: Mention[] = [];
  const addUnlessOverlapping = (found: Mention[]) => {
    for (const mention of found) {
      if (overlapsAny(mentions, mention)) continue;
      mentions.splice(firstNotBefore(mentions, (other) => other.start < mention.start), 0, mention);
    }
  };
  addUnlessOverlapping([...relativeMentions(plain, RELATIVE), ...relativeMentions(plain, RELATIVE_NAMED)]);
  addUnlessOverlapping(calendarDates(plain));
  addUnlessOverlapping(years(plain, mentions));
  addUnlessOverlapping(relativeMentions(plain, WEEKDAY));
  const dates = joinDates(plain, qualify(plain, withoutStrayMonths(plain, mentions)));
  const published = lastDayOf(context?.published);
  const yearSetBefore = lastYearBefore(dates, plain);
  return dates.map((mention) => {
    const value = isoValue(resolved(mention, yearSetBefore, published));
    return {
      text: text.slice(mention.start, mention.end),
      start: mention.start,
      end: mention.end,
      precision: precisionOf(mention, value),
      ...(value && { value }),
      ...(mention.qualifier && { qualifier: mention.qualifier }),
    };
  });
}

/** The `datetime` attribute value for an HTML <time> element: a valid HTML date/month/year string, or the START of a range (HTML has no range syntax); undefined when unresolved. */
export function datetimeAttribute(date: NewsDate): string | undefined {
  const parsed = date.value ? parseIsoDate(date.value) : undefined;
  return parsed && typeof parsed !== 'string' ? parsed.start.value : undefined;
}

/** Matches of a pattern of relative expressions, which name no calendar date. */
function relativeMentions(plain: string, pattern: RegExp): Mention[] {
  return [...plain.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    setsYear: false,
  }));
}

/** A component chrono read from the text itself, not one it filled in from the reference date. */
function certain(components: chrono.ParsedComponents, unit: 'year' | 'month' | 'day'): number | undefined {
  return components.isCertain(unit) ? (components.get(unit) ?? undefined) : undefined;
}

/** The components of a date that the text gives, or undefined when it gives no month (a time, a weekday). */
function writtenPoint(components: chrono.ParsedComponents, dayWritten: boolean): Point | undefined {
  const month = certain(components, 'month');
  if (month === undefined) return undefined;
  return { year: certain(components, 'year'), month, day: dayWritten ? certain(components, 'day') : undefined };
}

/** Dates that name a month ("December 8, 2024", "Jan. 5", "5 January 2026", "September 2025", "January 5–6") or are ISO days, read by chrono. */
function calendarDates(plain: string): Mention[] {
  const found: Mention[] = [];
  for (const result of ENGLISH.parse(plain, CHRONO_REFERENCE, { forwardDate: false })) {
    if (!MONTH_NAME.test(result.text) && !ISO_DAY.test(result.text)) continue;
    // Chrono reads "end of March" as March 31; here "end of" qualifies the month instead (see qualify).
    const lead = /^(?:on\s+|(end\s+of\s+))?/i.exec(result.text);
    const endOf = lead?.[1] !== undefined;
    const start = result.index + (lead?.[0].length ?? 0);
    const end = result.index + result.text.replace(/[\s,;:]+$/, '').length;
    const from = writtenPoint(result.start, !endOf);
    if (!from || end <= start) continue;
    const to = result.end && writtenPoint(result.end, !endOf);
    found.push({ start, end, from, to, setsYear: from.year !== undefined || to?.year !== undefined });
  }
  return found;
}

/** The word right after a position, when only spaces stand before it. */
function nextWord(after: string): string | undefined {
  return /^\s+([A-Za-z]+)/.exec(after)?.[1];
}

/** Whether a number before this word counts things ("2000 people", "1950 troops"). */
function countsThings(word: string | undefined): boolean {
  if (!word || !/^[a-z]+$/.test(word)) return false;
  return COUNTED_NOUNS.has(word) || (word.endsWith('s') && !word.endsWith('ss') && !NOT_PLURAL.has(word));
}

/** Whether a mention overlaps one of `mentions`, which are in order and overlap none of each other. */
function overlapsAny(mentions: readonly Mention[], mention: Mention): boolean {
  // Of those that start before it ends, the last ends latest.
  const last = mentions[firstNotBefore(mentions, (other) => other.start < mention.end) - 1];
  return last !== undefined && last.end > mention.start;
}

/** The mention that ends last at or before a position, of mentions in order that overlap none of each other. */
function lastEndingBy(mentions: readonly Mention[], position: number): Mention | undefined {
  return mentions[firstNotBefore(mentions, (mention) => mention.end <= position) - 1];
}

/**
 * Whether the date before a position is joined to it by a connector ("2019 to 2021", "1974 and 1981"); `known`
 * and `found` are each in order, and no mention of either overlaps another.
 */
function continuesDate(plain: string, position: number, known: readonly Mention[], found: readonly Mention[]): boolean {
  const [a, b] = [lastEndingBy(known, position), lastEndingBy(found, position)];
  const previous = a && b ? (b.end > a.end ? b : a) : (a ?? b);
  return previous?.from !== undefined && CONNECTOR.test(plain.slice(previous.end, position));
}

/** Years and decades written as numbers, where they look like years rather than counts; `known` are the dates found so far. */
function years(plain: string, known: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const match of plain.matchAll(YEAR_CANDIDATE)) {
    const start = match.index;
    const end = start + match[0].length;
    const year = Number(match[1]);
    if (overlapsAny(known, { start, end, setsYear: false })) continue;
    if (match[2]) {
      if (year % 10 === 0) found.push({ start, end, from: { year }, to: { year: year + 9 }, setsYear: false });
      continue;
    }
    const before = plain.slice(Math.max(0, start - 40), start);
    const after = plain.slice(end, end + 40);
    const word = nextWord(after);
    if (ATTRIBUTIVE_LEAD.test(before) && word && (/^[A-Z]/.test(word) || EVENT_NOUNS.has(word))) {
      found.push({ start, end, from: { year }, setsYear: false });
    } else if (
      !countsThings(word) &&
      (YEAR_LEAD.test(before) ||
        OPENS_SPAN.test(after) ||
        continuesDate(plain, start, known, found) ||
        (STANDS_ALONE_BEFORE.test(before) && STANDS_ALONE_AFTER.test(after)))
    ) {
      found.push({ start, end, from: { year }, setsYear: true });
    }
  }
  return found;
}

/** A month named with neither day nor year ("March", "in May"). */
function isBareMonth(mention: Mention): boolean {
  const { from, to } = mention;
  return !to && from?.month !== undefined && from.year === undefined && from.day === undefined;
}

/** Drops a month named on its own with nothing to make it a date ("the March on Washington"); keeps "in May", "March and May 2024". */
function withoutStrayMonths(plain: string, mentions: Mention[]): Mention[] {
  return mentions.filter((mention, index) => {
    if (!isBareMonth(mention)) return true;
    const previous = mentions[index - 1];
    const next = mentions[index + 1];
    return (
      MONTH_LEAD.test(plain.slice(Math.max(0, mention.start - 20), mention.start)) ||
      (previous?.from !== undefined && CONNECTOR.test(plain.slice(previous.end, mention.start))) ||
      (next?.from !== undefined && CONNECTOR.test(plain.slice(mention.end, next.start)))
    );
  });
}

/**
 * Extends a date over a qualifier before it: "late 2024", "mid-December", "end of 2024", "early 1990s" and
 * "summer 2025" (years, months and decades), "around January 5" (any date). Ranges read by chrono take none.
 */
function qualify(plain: string, mentions: Mention[]): Mention[] {
  return mentions.map((mention) => {
    const { from } = mention;
    // Before joining, only decades are ranges without a month.
    if (!from || (mention.to && from.month !== undefined)) return mention;
    const lead = QUALIFIER_LEAD.exec(plain.slice(Math.max(0, mention.start - 30), mention.start));
    if (!lead) return mention;
    const [written, part, partOf, season, around] = lead;
    if ((from.day !== undefined && !around) || (season && from.month !== undefined)) return mention;
    const start = mention.start - written.length + (/^the\s+/i.exec(written)?.[0].length ?? 0);
    const qualifier = around ? 'around' : QUALIFIER_OF[(part ?? partOf ?? '').toLowerCase()];
    return { ...mention, start, ...(qualifier ? { qualifier } : { seasonal: true }) };
  });
}

/** How precisely a point is written: its last given component. */
function unitOf(point: Point): 'day' | 'month' | 'year' {
  return point.day !== undefined ? 'day' : point.month !== undefined ? 'month' : 'year';
}

/** Whether `a` falls later in the year than `b`, by month and day only. */
function laterInYear(a: Point, b: Point): boolean {
  return (a.month ?? 1) * 32 + (a.day ?? 1) > (b.month ?? 1) * 32 + (b.day ?? 1);
}

/** Gives the year of one of two joined dates to the other: "July and August 2025", "December and January 2026", "January 5–6, 2026". */
function shareYear(from: Point, to: Point): { from: Point; to: Point } {
  if (from.year === undefined && to.year !== undefined) {
    return { from: { ...from, year: to.year - (laterInYear(from, to) ? 1 : 0) }, to };
  }
  if (to.year === undefined && from.year !== undefined) {
    return { from, to: { ...to, year: from.year + (laterInYear(from, to) ? 1 : 0) } };
  }
  return { from, to };
}

/** A point whose year is known. */
type DatedPoint = Point & { year: number };

/** Whether a point's year is known. */
function hasYear(point: Point): point is DatedPoint {
  return point.year !== undefined;
}

/** The day a point starts on, as a comparable number. */
function dayNumber(point: DatedPoint): number {
  return new Date(0).setUTCFullYear(point.year, (point.month ?? 1) - 1, point.day ?? 1) / 86_400_000;
}

/** Whether `to` is the unit right after `from` ("July and August", "2019 and 2020"); both have a year or neither has. */
function consecutive(from: Point, to: Point): boolean {
  const start = { ...from, year: from.year ?? 2000 };
  const end = { ...to, year: to.year ?? (laterInYear(from, to) ? 2001 : 2000) };
  const unit = unitOf(from);
  if (unit === 'day') return dayNumber(end) - dayNumber(start) === 1;
  if (unit === 'month') return end.year * 12 + (end.month ?? 1) - (start.year * 12 + (start.month ?? 1)) === 1;
  return end.year - start.year === 1;
}

/** Whether a date is exact: neither qualified ("late July") nor a season. */
function exact(mention: Mention): boolean {
  return !mention.qualifier && !mention.seasonal;
}

/**
 * Joins two exact dates of one precision into a range when a range connector joins them ("2019 to 2021"), or
 * "and" after "between" or between consecutive units ("July and August 2025"); otherwise joined dates only share
 * their year ("March and May 2024" is March 2024 and May 2024; "late July and August 2025" is late July 2025).
 */
function joinDates(plain: string, mentions: Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (const mention of mentions) {
    const previous = joined.at(-1);
    const connector = previous && CONNECTOR.exec(plain.slice(previous.end, mention.start))?.[1]?.toLowerCase();
    const points = !previous?.to && !mention.to;
    if (!previous?.from || !mention.from || !connector || !points || unitOf(previous.from) !== unitOf(mention.from)) {
      joined.push(mention);
      continue;
    }
    const { from, to } = shareYear(previous.from, mention.from);
    const between = /\bbetween\s+$/i.test(plain.slice(Math.max(0, previous.start - 10), previous.start));
    const ranged =
      exact(previous) && exact(mention) &&
      (RANGE_CONNECTORS.has(connector) || (connector === 'and' && (between || consecutive(from, to))));
    const backwards = hasYear(from) && hasYear(to) && dayNumber(to) < dayNumber(from);
    if (ranged && !backwards) {
      joined[joined.length - 1] = { start: previous.start, end: mention.end, from, to, setsYear: previous.setsYear || mention.setsYear };
    } else {
      joined[joined.length - 1] = { ...previous, from };
      joined.push({ ...mention, from: to });
    }
  }
  return joined;
}

/** The last day a reduced-precision publication date can mean ("2026-01" → January 31, 2026); undefined when absent or malformed. */
function lastDayOf(published: string | undefined): Required<Point> | undefined {
  const parsed = typeof published === 'string' ? parseIsoDate(published) : undefined;
  if (!parsed || typeof parsed === 'string') return undefined;
  const { year, month = 12, day } = parsed.end ?? parsed.start;
  return { year, month, day: day ?? new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

/** The year written last in a date ("2021" in "2019 to 2021"), when later dates may take it. */
function yearSetBy(mention: Mention | undefined): number | undefined {
  return mention?.setsYear ? (mention.to?.year ?? mention.from?.year) : undefined;
}

/**
 * A date's points with their years: as written; else the year written last before it in the same paragraph;
 * else the year that puts it on or before the publication date, closest to it; else, with no publication
 * date, the year written last before it anywhere in the text. Undefined when no year can be had.
 */
function resolved(mention: Mention, yearSetBefore: YearSetBefore, published: Required<Point> | undefined): { from: Point; to?: Point } | undefined {
  if (!mention.from) return undefined;
  const { from, to } = mention.to ? shareYear(mention.from, mention.to) : { from: mention.from, to: undefined };
  if (from.year !== undefined) return { from, to };
  const { earlier, inParagraph } = yearSetBefore(mention.start);
  const year =
    yearSetBy(inParagraph) ??
    (published ? yearBefore(from, published) : yearSetBy(earlier));
  if (year === undefined) return undefined;
  const dated = { ...from, year };
  return { from: dated, to: to && shareYear(dated, to).to };
}

/** The last date before a position that sets a year, and the same when no blank line stands between them. */
type YearSetBefore = (position: number) => { earlier?: Mention; inParagraph?: Mention };

/**
 * The last date that sets a year and ends at or before a position: the last such of the dates in order, anywhere
 * in the text and in the position's own paragraph. Dates whose ends rise in order (as the text's do) are searched
 * by binary search, and the blank lines found once; otherwise each question reads the dates again.
 */
function lastYearBefore(dates: readonly Mention[], plain: string): YearSetBefore {
  const setting = dates.filter((date) => date.setsYear);
  const blank = (from: number, to: number) => /\n[ \t]*\n/.test(plain.slice(from, to));
  if (setting.some((date, index) => index > 0 && date.end < setting[index - 1]!.end)) {
    return (position) => {
      const earlier = setting.filter((date) => date.end <= position);
      return { earlier: earlier.at(-1), inParagraph: earlier.filter((date) => !blank(date.end, position)).at(-1) };
    };
  }
  // Every blank line: a line break, spaces or tabs only, and the next line break.
  const blankLines: { start: number; end: number }[] = [];
  for (let at = plain.indexOf('\n'), next = plain.indexOf('\n', at + 1); at >= 0 && next >= 0; at = next, next = plain.indexOf('\n', at + 1)) {
    if (/^[ \t]*$/.test(plain.slice(at + 1, next))) blankLines.push({ start: at, end: next + 1 });
  }
  return (position) => {
    const earlier = setting[firstNotBefore(setting, (date) => date.end <= position) - 1];
    // A blank line between a date and the position is one that starts after the date and ends by the position;
    // the one that starts first after the date ends first.
    const line = earlier && blankLines[firstNotBefore(blankLines, (l) => l.start < earlier.end)];
    const separated = line !== undefined && line.end <= position;
    return { earlier, inParagraph: separated ? undefined : earlier };
  };
}

/** The latest year that puts a point (month, maybe day) on or before the publication date and makes it a real day ("February 29"). */
function yearBefore(point: Point, published: Required<Point>): number | undefined {
  const last = dayNumber(published);
  for (let year = published.year; year > published.year - 8; year--) {
    const dated = { ...point, year };
    if (dayNumber(dated) <= last && isoValue({ from: dated }) !== undefined) return year;
  }
  return undefined;
}

/** A point as ISO 8601 at its own precision. */
function isoPoint(point: Point): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = String(point.year).padStart(4, '0');
  if (point.month === undefined) return year;
  return point.day === undefined ? `${year}-${pad(point.month)}` : `${year}-${pad(point.month)}-${pad(point.day)}`;
}

/** The ISO 8601 value of resolved points, when it is a valid date or range. */
function isoValue(points: { from: Point; to?: Point } | undefined): string | undefined {
  if (!points) return undefined;
  const value = points.to ? `${isoPoint(points.from)}/${isoPoint(points.to)}` : isoPoint(points.from);
  return typeof parseIsoDate(value) === 'string' ? undefined : value;
}

/** The precision of a mention's value: unresolved without one. */
function precisionOf(mention: Mention, value: string | undefined): DatePrecision {
  if (!value) return 'unresolved';
  if (mention.qualifier || mention.seasonal) return 'approximate';
  if (mention.to) return 'range';
  return mention.from ? unitOf(mention.from) : 'unresolved';
}
