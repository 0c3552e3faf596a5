/** Sentence boundaries in a paragraph of English, from the unified collective's `parse-english`. */
import { ParseEnglish } from 'parse-english';
import { firstNotBefore } from '../model/sorted.ts';

export interface Range {
  start: number;
  end: number;
}

const parser = new ParseEnglish();

/** Abbreviations that never end a sentence but that parse-english ends one at: "Adm. Harry Harris", "approx. 5". */
const NEVER_LAST = /\b(?:Adm|Gen|Lt|Col|Sgt|Capt|Cmdr|Maj|Cpl|Pvt|Gov|Sen|Rep|Rev|Prof|Dr|Mr|Mrs|Ms|Supt|Insp|Det|Atty|Hon|Amb|approx|vs)\.$/;
/** "the No. 2 in the leadership": a number sign before its number. */
const NUMBER_SIGN = /\bNos?\.$/;

/**
 * Paragraphs already split, by their text: a section's quotations and its claims each ask for the sentences of
 * every paragraph (splitting each twice cost about 7 % of an analysis). A section's paragraphs are asked for
 * together, so the last few hundred are kept.
 */
const split = new Map<string, readonly Readonly<Range>[]>();
const SPLIT_KEPT = 512;

/** The sentences of a paragraph as offset ranges, in order (frozen: every caller shares them). */
export function sentenceRanges(text: string): readonly Readonly<Range>[] {
  let ranges = split.get(text);
  if (!ranges) {
    ranges = Object.freeze(splitSentences(text).map((range) => Object.freeze(range)));
    if (split.size >= SPLIT_KEPT) split.delete(split.keys().next().value!);
    split.set(text, ranges);
  }
  return ranges;
}

function splitSentences(text: string): Range[] {
  const ranges: Range[] = [];
  for (const range of parsedRanges(text)) {
    const last = ranges.at(-1);
    const before = last && text.slice(last.start, last.end);
    if (last && before && (NEVER_LAST.test(before) || (NUMBER_SIGN.test(before) && /^\p{N}/u.test(text.slice(range.start))))) last.end = range.end;
    else ranges.push({ ...range });
  }
  return ranges;
}

function parsedRanges(text: string): Range[] {
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

/** The sentence an offset falls in, of ranges in order: the first that ends after it, if any. */
export function sentenceAt(ranges: readonly Range[], offset: number): Range | undefined {
  return ranges[firstNotBefore(ranges, (r) => r.end <= offset)];
}

/**
 * The whole sentence a span stands in: from the start of the sentence holding its first character to the end
 * of the sentence holding its last, so a quotation of several sentences keeps its context whole.
 */
export function enclosingSentence(ranges: readonly Range[], span: Range): Range {
  const first = sentenceAt(ranges, span.start) ?? { start: span.start, end: span.end };
  // The last sentence that starts before the span ends.
  const last = ranges[firstNotBefore(ranges, (r) => r.start < span.end) - 1] ?? first;
  return { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) };
}
