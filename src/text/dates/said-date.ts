/** When something was said: an explicit date in the words that frame it ("In November 2025, …", "On January 5, …"). */
import * as chrono from 'chrono-node';
import { MONTH_NAMES, parseIsoDate } from '../../model/iso-date.ts';

const EXPLICIT = new RegExp(`\\b(?:${MONTH_NAMES.join('|')}|\\d{4})\\b`);

const pad = (n: number) => String(n).padStart(2, '0');

/** Stands in for a missing reference date; only dates that give their own year are then read. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * The first explicit calendar date in the text, at the precision the text gives, with a missing year taken
 * from the reference date (the article's publication); without one, only dates with their own year count.
 * Relative expressions ("last week") give nothing.
 */
export function explicitDate(text: string, reference?: Date): string | undefined {
  for (const result of chrono.en.parse(text, reference ?? NO_REFERENCE, { forwardDate: false })) {
    if (!EXPLICIT.test(result.text)) continue;
    const { start } = result;
    const year = start.get('year');
    const month = start.get('month');
    if (year === null || (!reference && !start.isCertain('year'))) continue;
    if (start.isCertain('day') && month !== null) return `${year}-${pad(month)}-${pad(start.get('day')!)}`;
    if (start.isCertain('month') && month !== null) return `${year}-${pad(month)}`;
    if (start.isCertain('year')) return String(year);
  }
  return undefined;
}

/** The reference date for resolving partial dates: the last day a reduced-precision publication date can mean. */
export function referenceDate(published: string | undefined): Date | undefined {
  const parsed = published ? parseIsoDate(published) : undefined;
  if (!parsed || typeof parsed === 'string') return undefined;
  const point = parsed.end ?? parsed.start;
  const month = point.month ?? 12;
  const day = point.day ?? new Date(Date.UTC(point.year, month, 0)).getUTCDate();
  return new Date(Date.UTC(point.year, month - 1, day, 12));
}
