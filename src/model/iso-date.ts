/** ISO 8601 dates of reduced precision (`2025`, `2025-11`, `2025-07-19`) and ranges of them (`2026-01-05/2026-01-06`). */

export type Precision = 'year' | 'month' | 'day';

export interface IsoPoint {
  value: string;
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
}

export interface IsoDate {
  value: string;
  start: IsoPoint;
  /** Present only for ranges. */
  end?: IsoPoint;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses one reduced-precision date, or returns a sentence saying what is wrong with it. */
function parsePoint(text: string): IsoPoint | string {
  const match = POINT.exec(text);
  if (!match) return `"${text}" is not an ISO 8601 date: write YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { value: text, precision: 'year', year };
  const month = Number(m);
  if (month < 1 || month > 12) return `"${text}" has month ${m}: months run from 01 to 12`;
  if (d === undefined) return { value: text, precision: 'month', year, month };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) {
    return `"${text}" has day ${d}: ${y}-${m} has ${daysInMonth(year, month)} days`;
  }
  return { value: text, precision: 'day', year, month, day };
}

/** A sortable key: the earliest day the point can mean. */
export function sortKey(point: IsoPoint): string {
  return [point.year, point.month ?? 1, point.day ?? 1].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
}

/** Parses a reduced-precision ISO date or a `start/end` range; returns an error sentence when malformed. */
export function parseIsoDate(text: string): IsoDate | string {
  const parts = text.split('/');
  if (parts.length > 2) return `"${text}" has more than one "/": a range is START/END`;
  const start = parsePoint(parts[0]!.trim());
  if (typeof start === 'string') return start;
  if (parts.length === 1) return { value: text, start };
  const end = parsePoint(parts[1]!.trim());
  if (typeof end === 'string') return end;
  if (sortKey(end) < sortKey(start)) return `"${text}" ends before it starts: write the earlier date first`;
  return { value: text, start, end };
}

/** The year a date (or a range's start) falls in. */
export function yearOf(text: string): number | undefined {
  const parsed = parseIsoDate(text);
  return typeof parsed === 'string' ? undefined : parsed.start.year;
}

/** English month names, January first: the one list every module that writes or reads a month uses. */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function formatPoint(point: IsoPoint): string {
  if (point.precision === 'year') return String(point.year);
  const month = MONTH_NAMES[point.month! - 1]!;
  if (point.precision === 'month') return `${month} ${point.year}`;
  return `${month} ${point.day}, ${point.year}`;
}

/** Formats a date for readers at its own precision: a month is never shown as a day. */
export function formatIsoDate(text: string): string {
  const parsed = parseIsoDate(text);
  if (typeof parsed === 'string') return text;
  const { start, end } = parsed;
  if (!end) return formatPoint(start);
  const sameMonthDays =
    start.precision === 'day' && end.precision === 'day' && start.year === end.year && start.month === end.month;
  if (sameMonthDays) return `${MONTH_NAMES[start.month! - 1]} ${start.day}–${end.day}, ${start.year}`;
  return `${formatPoint(start)} – ${formatPoint(end)}`;
}
