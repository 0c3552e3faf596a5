/**
 * The days a reduced-precision ISO date covers, as day numbers (days since 1970-01-01, UTC): a day is one day, a
 * month all its days, a year all of its, and a range runs from its start's first day to its end's last.
 */
import { parseIsoDate, type IsoPoint } from './iso-date.ts';

export interface DaySpan {
  /** The first day. */
  first: number;
  /** The day after the last: a day's span is one day long. */
  end: number;
}

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar day; a month past 12 rolls on into the next year. */
export function dayNumber(year: number, month = 1, day = 1): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes the years 0–99 as written.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** The calendar day of a day number. */
export function calendarDay(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function pointSpan(point: IsoPoint): DaySpan {
  if (point.precision === 'day') {
    const first = dayNumber(point.year, point.month, point.day);
    return { first, end: first + 1 };
  }
  if (point.precision === 'month') return { first: dayNumber(point.year, point.month), end: dayNumber(point.year, point.month! + 1) };
  return { first: dayNumber(point.year), end: dayNumber(point.year + 1) };
}

/** The days a date covers; undefined for a malformed one. */
export function daySpanOf(text: string): DaySpan | undefined {
  const parsed = parseIsoDate(text);
  if (typeof parsed === 'string') return undefined;
  const start = pointSpan(parsed.start);
  return { first: start.first, end: parsed.end ? pointSpan(parsed.end).end : start.end };
}

/** Whether every day of `inner` is a day of `outer`. */
export function holds(outer: DaySpan, inner: DaySpan): boolean {
  return outer.first <= inner.first && inner.end <= outer.end;
}
