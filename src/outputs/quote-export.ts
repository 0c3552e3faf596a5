/** The quotation index as outside tools read it: `/quotes.json.gz` and `/quotes.csv.gz` (RFC 4180). */
import type { Quotation } from '../model/schema.ts';
import { jsonLines } from './compact-json.ts';

/** The public shape of one quotation; its fields and their order are a published contract. */
export type PublicQuotation = Pick<Quotation, 'id' | 'text' | 'kind' | 'speaker' | 'article' | 'section' | 'url' | 'said' | 'context'>;

export function toPublic(quotation: Quotation): PublicQuotation {
  const { id, text, kind, speaker, article, section, url, said, context } = quotation;
  return { id, text, kind, speaker: { id: speaker.id, name: speaker.name }, article, section, url, said, context };
}

/** Index order: article, then place in the text, so every export lists quotations as a reader meets them. */
export function inReadingOrder(quotations: readonly Quotation[], sectionOrder: (section: string) => number): Quotation[] {
  return [...quotations].sort(
    (a, b) =>
      a.article.localeCompare(b.article) ||
      sectionOrder(a.section) - sectionOrder(b.section) ||
      a.line - b.line ||
      a.column - b.column,
  );
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
