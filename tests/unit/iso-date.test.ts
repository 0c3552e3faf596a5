import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate, yearOf } from '../../src/model/iso-date.ts';

describe('parseIsoDate', () => {
  it.each([
    ['2025', 'year'],
    ['2025-11', 'month'],
    ['2025-07-19', 'day'],
    ['2024-02-29', 'day'],
  ])('reads %s at %s precision', (value, precision) => {
    const parsed = parseIsoDate(value);
    expect(typeof parsed).not.toBe('string');
    if (typeof parsed !== 'string') expect(parsed.start.precision).toBe(precision);
  });

  it('reads a range of days', () => {
    const parsed = parseIsoDate('2026-01-05/2026-01-06');
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed.start.value).toBe('2026-01-05');
    expect(parsed.end?.value).toBe('2026-01-06');
  });

  it.each([
    ['2025-13', 'months run from 01 to 12'],
    ['2025-02-29', '2025-02 has 28 days'],
    ['January 2025', 'not an ISO 8601 date'],
    ['25-01-01', 'not an ISO 8601 date'],
    ['2026-01-06/2026-01-05', 'ends before it starts'],
    ['2025/2026/2027', 'more than one "/"'],
  ])('rejects %s, saying why', (value, reason) => {
    expect(parseIsoDate(value)).toContain(reason);
  });
});

describe('formatIsoDate', () => {
  it.each([
    ['1974', '1974'],
    ['2025-11', 'November 2025'],
    ['2024-12-08', 'December 8, 2024'],
    ['2026-01-05/2026-01-06', 'January 5–6, 2026'],
    ['2025-07/2025-08', 'July 2025 – August 2025'],
  ])('shows %s as "%s", never more precise than it is', (value, shown) => {
    expect(formatIsoDate(value)).toBe(shown);
  });

  it('gives the year of a range from its start', () => {
    expect(yearOf('2024-12/2025-01')).toBe(2024);
  });
});
