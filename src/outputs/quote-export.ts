/** The quotation index as outside tools read it: `/quotes.json.gz` and `/quotes.csv.gz` (RFC 4180). */
import type { Quotation } from '../model/schema.ts';
import { jsonLines } from './compact-json.ts';
import { sortedByKey } from '../model/sort-by-key.ts';

/** The public shape of one quotation; its fields and their order are a published contract. */
export type PublicQuotation = Pick<Quotation, 'id' | 'text' | 'kind' | 'speaker' | 'article' | 'section' | 'url' | 'said' | 'context'>;

export function toPublic(quotation: Quotation): PublicQuotation {
  const { id, text, kind, speaker, article, section, url, said, context } = quotation;
  return { id, text, kind, speaker: { id: speaker.id, name: speaker.name }, article, section, url, said, context };
}

/** Index order: article, then place in the text, so every export lists quotations as a reader meets them. */
export function inReadingOrder(quotations: readonly Quotation[], sectionOrder: (section: string) => number): Quotation[] {
  // Articles in the order of their ids, ranked once rather than compared at each of the sort's comparisons.
  const articles = [...new Set(quotations.map((q) => q.article))].sort((a, b) => a.localeCompare(b));
  const rank = new Map(articles.map((id, index) => [id, index]));
  const place = (q: Quotation) => [rank.get(q.article)!, sectionOrder(q.section), q.line, q.column];
  return sortedByKey(quotations, place, (a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]! || a[3]! - b[3]!);
}

export function toJson(quotations: readonly Quotation[]): string {
  return jsonLines(quotations.map(toPublic), 'quotations');
}

const CSV_COLUMNS = ['id', 'text', 'kind', 'speaker_id', 'speaker_name', 'article', 'section', 'url', 'said', 'context'] as const;

/** A CSV field, quoted when it holds a comma, quotation mark or line break (RFC 4180). */
function csvField(value: string | null): string {
  const text = value ?? '';
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The same fields as the JSON, one row per quotation, CRLF line endings as RFC 4180 asks. */
export function toCsv(quotations: readonly Quotation[]): string {
  const rows = quotations.map(toPublic).map((q) =>
    [q.id, q.text, q.kind, q.speaker.id, q.speaker.name, q.article, q.section, q.url, q.said, q.context].map(csvField).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
