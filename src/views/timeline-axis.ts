/**
 * A time axis drawn to scale for the entries of one timeline page. The days they cover are cut into segments of
 * continuous time, with a break wherever an empty span is long beside the time left drawn; within a segment, distance
 * is proportional to time. Positions run from 0 (the left end) to 1 (the right end). Ticks mark months or years, and
 * each label says from which width of the page on it fits beside the others.
 */
import { calendarDay, dayNumber, type DaySpan } from '../model/day-span.ts';
import { formatIsoDate, MONTH_NAMES } from '../model/iso-date.ts';

/** An empty span is cut out when it lasts at least half a year… */
const MIN_BREAK_DAYS = 183;
/** …and is longer than a third of the time still drawn without it, so that it would take over a quarter of the axis. */
const BREAK_RATIO = 1 / 3;
/** The share of the axis that each break takes. */
const BREAK_SHARE = 0.04;

/**
 * The widths the axis is drawn at, in rem, narrowest first: a phone, a tablet or narrow window, and the page's widest
 * measure. A label's `from` indexes this list; the stylesheet shows it from the matching screen width on.
 */
export const AXIS_WIDTHS_REM: readonly number[] = [16.5, 35, 56];
/** Room a label takes, in rem: a character of the axis's small sans-serif type, and the space kept between two labels. */
const CHAR_REM = 0.47;
const LABEL_GAP_REM = 0.6;
/** Ticks are at least this far apart at the widest width; months first, then years. */
const MIN_TICK_REM = 2.5;
const MONTH_STEPS = [1, 3, 6];
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** A run of continuous time, and the part of the axis it takes. */
export interface AxisSegment extends DaySpan {
  from: number;
  to: number;
}

/** An empty span cut out of the axis, and the part of the axis its mark takes. */
export interface AxisBreak {
  from: number;
  to: number;
  /** The empty days. */
  days: DaySpan;
  /** How long it is, in words: "50 years". */
  length: string;
  /** The months it covers, as a reader sees them: "January 1975 – November 2024". */
  months: string;
}

export interface AxisTick {
  at: number;
  /** Months are labelled on the first line under the axis, years on the second. */
  tier: 'month' | 'year';
  /** Written from the tick on, to its right: a month's or a year's name stands over its own days. */
  label: string;
  /** The first of AXIS_WIDTHS_REM at which the label fits beside the others; absent, the tick has no label. */
  from?: number;
}

export interface TimeAxis {
  segments: AxisSegment[];
  breaks: AxisBreak[];
  ticks: AxisTick[];
  /** The position of a day number (fractions of a day allowed) on the axis. */
  at(day: number): number;
}

/** The spans merged where they overlap or touch, in order. */
function covered(spans: readonly DaySpan[]): DaySpan[] {
  const merged: DaySpan[] = [];
  for (const span of [...spans].sort((a, b) => a.first - b.first || a.end - b.end)) {
    const last = merged.at(-1);
    if (last && span.first <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The indexes of the gaps (after covered[i]) to cut out: the longest first, while each is long beside what is left. */
function gapsToBreak(runs: readonly DaySpan[]): Set<number> {
  const gaps = runs.slice(1).map((run, i) => ({ i, days: run.first - runs[i]!.end })).sort((a, b) => b.days - a.days || a.i - b.i);
  let drawn = runs.length ? runs.at(-1)!.end - runs[0]!.first : 0;
  const cut = new Set<number>();
  for (const gap of gaps) {
    if (gap.days < MIN_BREAK_DAYS || gap.days <= BREAK_RATIO * (drawn - gap.days)) break;
    drawn -= gap.days;
    cut.add(gap.i);
  }
  return cut;
}

const monthStart = (day: number) => {
  const { year, month } = calendarDay(day);
  return dayNumber(year, month);
};
const monthAfter = (day: number) => {
  const start = monthStart(day);
  if (start === day) return day;
  const { year, month } = calendarDay(start);
  return dayNumber(year, month + 1);
};
const monthValue = (day: number) => {
  const { year, month } = calendarDay(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
};

/** A length of time in words, to the nearest year (from two years on) or month. */
function lengthInWords(days: number): string {
  const years = Math.round(days / 365.25);
  const months = Math.round(days / 30.44);
  const [n, unit] = years >= 2 ? [years, 'year'] : [months, 'month'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * Segments and breaks: each segment whole months, its share of the axis half its share of the time drawn and half
 * its share of the entries, so that a year holding one entry does not take the room of the busy months after it.
 */
function segmentsOf(spans: readonly DaySpan[]): { segments: AxisSegment[]; breaks: AxisBreak[] } {
  const runs = covered(spans);
  const cut = gapsToBreak(runs);
  const bounds: DaySpan[] = [];
  runs.forEach((run, i) => {
    if (i === 0 || cut.has(i - 1)) bounds.push({ first: monthStart(run.first), end: monthAfter(run.end) });
    else bounds.at(-1)!.end = monthAfter(run.end);
  });
  const counts = bounds.map((segment) => spans.filter((span) => span.first >= segment.first && span.first < segment.end).length);
  const totalDays = bounds.reduce((sum, s) => sum + s.end - s.first, 0);
  const totalEntries = counts.reduce((sum, n) => sum + n, 0);
  const room = 1 - BREAK_SHARE * (bounds.length - 1);
  const segments: AxisSegment[] = [];
  const breaks: AxisBreak[] = [];
  let from = 0;
  bounds.forEach((segment, i) => {
    const previous = bounds[i - 1];
    if (previous) {
      const days = { first: previous.end, end: segment.first };
      breaks.push({ from, to: from + BREAK_SHARE, days, length: lengthInWords(days.end - days.first), months: formatIsoDate(`${monthValue(days.first)}/${monthValue(days.end - 1)}`) });
      from += BREAK_SHARE;
    }
    const share = bounds.length === 1 ? 1 : ((segment.end - segment.first) / totalDays + counts[i]! / totalEntries) / 2;
    segments.push({ ...segment, from, to: from + share * room });
    from += share * room;
  });
  if (segments.length) segments.at(-1)!.to = 1;
  return { segments, breaks };
}

interface Candidate extends Omit<AxisTick, 'from'> {
  /** Segment starts are labelled before anything else. */
  start: boolean;
}

/** The ticks of one segment: its start, then months or years at the smallest step that keeps them apart. */
function segmentTicks(segment: AxisSegment): Candidate[] {
  const remPerDay = ((segment.to - segment.from) * AXIS_WIDTHS_REM.at(-1)!) / (segment.end - segment.first);
  const at = (day: number) => segment.from + ((day - segment.first) / (segment.end - segment.first)) * (segment.to - segment.from);
  const start = calendarDay(segment.first);
  const ticks: Candidate[] = [{ at: segment.from, tier: 'year', label: String(start.year), start: true }];
  if (start.month !== 1) ticks.push({ at: segment.from, tier: 'month', label: MONTH_NAMES[start.month - 1]!.slice(0, 3), start: true });
  const monthStep = MONTH_STEPS.find((step) => step * 30.44 * remPerDay >= MIN_TICK_REM);
  const yearStep = YEAR_STEPS.find((step) => step * 365.25 * remPerDay >= MIN_TICK_REM) ?? YEAR_STEPS.at(-1)!;
  const lastYear = calendarDay(segment.end - 1).year;
  const months = monthStep ? MONTHS.filter((month) => (month - 1) % monthStep === 0) : [1];
  for (let year = start.year; year <= lastYear; year++) {
    if (!monthStep && year % yearStep !== 0) continue;
    for (const month of months) {
      const day = dayNumber(year, month);
      if (day <= segment.first || day >= segment.end) continue;
      const label = month === 1 ? String(year) : MONTH_NAMES[month - 1]!.slice(0, 3);
      ticks.push({ at: at(day), tier: month === 1 ? 'year' : 'month', label, start: false });
    }
  }
  return ticks;
}

/** Where a label stands at an axis `width` rem wide: [left, right], with room kept after it. */
function extent(tick: Omit<AxisTick, 'from'>, width: number): [number, number] {
  const left = tick.at * width;
  return [left, left + tick.label.length * CHAR_REM + LABEL_GAP_REM];
}

/**
 * Labels each tick from the narrowest width at which it overlaps no label placed before it, at that width or any
 * wider one: segment starts first, then years, then months.
 */
function placeLabels(candidates: readonly Candidate[]): AxisTick[] {
  const order = candidates
    .map((tick, i) => ({ tick, i }))
    .sort((a, b) => Number(b.tick.start) - Number(a.tick.start) || Number(b.tick.tier === 'year') - Number(a.tick.tier === 'year') || a.tick.at - b.tick.at);
  const placed = AXIS_WIDTHS_REM.map(() => ({ month: [] as [number, number][], year: [] as [number, number][] }));
  const from = new Map<number, number>();
  for (const { tick, i } of order) {
    const fitsFrom = (level: number) =>
      AXIS_WIDTHS_REM.slice(level).every((width, offset) => {
        const [left, right] = extent(tick, width);
        return placed[level + offset]![tick.tier].every(([l, r]) => right <= l || left >= r);
      });
    const level = AXIS_WIDTHS_REM.findIndex((_, l) => fitsFrom(l));
    if (level < 0) continue;
    from.set(i, level);
    AXIS_WIDTHS_REM.slice(level).forEach((width, offset) => placed[level + offset]![tick.tier].push(extent(tick, width)));
  }
  return candidates.map(({ start: _start, ...tick }, i) => (from.has(i) ? { ...tick, from: from.get(i)! } : tick));
}

/** The axis for entries covering `spans`. */
export function timeAxis(spans: readonly DaySpan[]): TimeAxis {
  const { segments, breaks } = segmentsOf(spans);
  return {
    segments,
    breaks,
    ticks: placeLabels(segments.flatMap(segmentTicks)),
    at(day) {
      const segment = segments.find((s) => day <= s.end) ?? segments.at(-1);
      if (!segment) return 0;
      const clamped = Math.min(Math.max(day, segment.first), segment.end);
      return segment.from + ((clamped - segment.first) / (segment.end - segment.first)) * (segment.to - segment.from);
    },
  };
}
