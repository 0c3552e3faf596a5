/** Sentence boundaries in a paragraph of English, from the unified collective's `parse-english`. */
import { ParseEnglish } from 'parse-english';

export interface Range {
  start: number;
  end: number;
}

const parser = new ParseEnglish();

/** The sentences of a paragraph as offset ranges, in order. */
export function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const paragraph of parser.parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const start = sentence.position?.start.offset;
      const end = sentence.position?.end.offset;
      if (start !== undefined && end !== undefined) ranges.push({ start, end });
    }
  }
  return ranges;
}

/**
 * The whole sentence a span stands in: from the start of the sentence holding its first character to the end
 * of the sentence holding its last, so a quotation of several sentences keeps its context whole.
 */
export function enclosingSentence(ranges: readonly Range[], span: Range): Range {
  const first = ranges.find((r) => r.end > span.start) ?? { start: span.start, end: span.end };
  const last = [...ranges].reverse().find((r) => r.start < span.end) ?? first;
  return { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) };
}
