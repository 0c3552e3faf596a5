/**
 * Finds, classifies and attributes the quotations of one paragraph.
 *
 * - full: a sentence or more of someone's words (`clarified: "We do not pursue peace at any cost."`)
 * - partial: a phrase of someone's words in the author's sentence (`urged Israel to maintain an "honest and
 *   robust dialogue"`)
 * - not a quotation: names and titles in quotation marks ("Israel"), terms marked as such ("so-called",
 *   "labeling … as"), and short scare quotes with no one speaking in the sentence.
 */
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { explicitDate } from '../dates/said-date.ts';
import { enclosingSentence, sentenceAt, sentenceRanges, type Range } from '../sentences.ts';
import type { SpeakerRef } from '../../model/schema.ts';
import type { Attribution, Attributor } from '../attribution/attribute.ts';
import { firstNotBefore } from '../../model/sorted.ts';

export type QuotationKind = 'full' | 'partial';

/** An explicit annotation of one quotation in the source, which wins over every heuristic. */
export interface QuoteAnnotation {
  start: number;
  end: number;
  /** A registry id. */
  speaker?: string;
  /** `none` marks the words as not a quotation. */
  kind?: QuotationKind | 'none';
  said?: string;
}

export interface ParagraphQuotation extends Range {
  /** The words inside the marks. */
  text: string;
  kind: QuotationKind;
  speaker?: SpeakerRef;
  /** Why the speaker is who it is. */
  attribution: Attribution;
  /** The sentence (or sentences) the quotation stands in. */
  context: string;
  said?: string;
  /** The quotation runs on into the next paragraph. */
  open: boolean;
  /** The quotation continues one left open by the previous paragraph. */
  continues: boolean;
}

export interface ParagraphProblem {
  offset: number;
  ruleId: string;
  reason: string;
}

export interface ParagraphAnalysis {
  quotations: ParagraphQuotation[];
  /** Quoted words that are not quotations (names, terms, scare quotes), left as they are. */
  terms: (Range & { text: string })[];
  problems: ParagraphProblem[];
}

export interface QuotationState {
  attributor: Attributor;
  /** When each speaker last spoke, by the framing date of their sentence ("On January 5, the source told …"). */
  saidBy: Map<string, string>;
  /** Resolves dates without a year. */
  reference?: Date;
}

/** Words before a quoted span that make it the author's term rather than anyone's words: "so-called", "known as". */
const TERM_CUE =
  /(?:\bso-called|\b(?:label(?:l)?(?:ed|ing|s)?|brand(?:ed|ing|s)?|call(?:ed|ing)?|term(?:ed|ing)?)\b[^.;:!?]{0,60}?\bas|\bdubbed|\btermed|\b(?:en)?titled|\bthe (?:term|word|phrase|label|name)s?|\bknown as|\breferred to as|\bnicknamed)\s*[“"]?$/iu;

const endsWithTermCue = (textBefore: string) => TERM_CUE.test(textBefore);
/** "a play called “Sons of Trump”": a name given right after "called", with no object between. */
const NAMED_RIGHT_AFTER = /\b(?:called|named)\s*[“"]?$/iu;

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'at', 'or', 'de', 'al', 'with', 'from', 'by', 'vs.']);

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** A name or title: every significant word capitalized, like "Israel" or "Joint Coordination Mechanism". */
function isName(inner: string): boolean {
  const list = words(inner);
  return (
    list.length > 0 &&
    list.length <= 6 &&
    !/[.!?]["”’]?\s*\S/.test(inner.trim()) &&
    list.every((word) => SMALL_WORDS.has(word.toLowerCase()) || /^[^\p{L}]*\p{Lu}/u.test(word))
  );
}

/** A sentence of someone's words: capitalized, at least three words, ending in terminal punctuation. */
function isSentence(inner: string): boolean {
  const trimmed = inner.trim();
  return /^[^\p{L}]*\p{Lu}/u.test(trimmed) && words(trimmed).length >= 3 && /[.!?…]['"’”]?$/.test(trimmed);
}

/** The words of a quotation as an index shows them: a comma, or a partial quotation's full stop, closing the marks belongs to the author's sentence. */
function quotedWords(inner: string, kind: QuotationKind): string {
  return inner.trim().replace(kind === 'full' ? /,$/ : /[,.]$/, '');
}

const speakerKey = (speaker: SpeakerRef) => speaker.id ?? speaker.name.toLowerCase();

/** The text with every span blanked out, offsets kept: one pass over the spans, in order of their starts. */
function mask(text: string, spans: readonly QuoteSpan[]): string {
  let masked = '';
  let from = 0;
  for (const span of spans) {
    // A span inside one blanked already blanks nothing more.
    if (span.end <= from) continue;
    const start = Math.max(span.start, from);
    masked += text.slice(from, start) + ' '.repeat(span.end - start);
    from = span.end;
  }
  return masked + text.slice(from);
}

/**
 * For each span, in order of their starts, the first annotation (in the order given) that holds it whole. One
 * sweep: an annotation waits until the spans reach its start and is dropped once they have passed its end.
 */
function annotationsFor(spans: readonly Range[], annotations: readonly QuoteAnnotation[]): (QuoteAnnotation | undefined)[] {
  const byStart = annotations.map((annotation, order) => ({ annotation, order })).sort((a, b) => a.annotation.start - b.annotation.start);
  let next = 0;
  let open: { annotation: QuoteAnnotation; order: number }[] = [];
  return spans.map((span) => {
    while (next < byStart.length && byStart[next]!.annotation.start <= span.start) open.push(byStart[next++]!);
    // Spans start in order: an annotation that ends before this span starts holds no later span either.
    open = open.filter(({ annotation }) => annotation.end >= span.start);
    let found: { annotation: QuoteAnnotation; order: number } | undefined;
    for (const candidate of open) if (candidate.annotation.end >= span.end && (!found || candidate.order < found.order)) found = candidate;
    return found?.annotation;
  });
}

/** Quoted spans, plus annotated ranges that hold no marks of their own (indirect words a maintainer marked). */
function spansWithAnnotations(text: string, annotations: readonly QuoteAnnotation[]) {
  const { spans, problems } = findQuoteSpans(text);
  // Whether a span lies inside an annotation: whether, of the spans that start in it, the one that ends first
  // ends in it too; found by binary search over the spans by start, with the least end of each suffix.
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const leastEnd = new Array<number>(byStart.length + 1).fill(Infinity);
  for (let i = byStart.length - 1; i >= 0; i--) leastEnd[i] = Math.min(byStart[i]!.end, leastEnd[i + 1]!);
  const holdsSpan = (a: QuoteAnnotation) => leastEnd[firstNotBefore(byStart, (span) => span.start < a.start)]! <= a.end;
  const bare = annotations
    .filter((a) => a.kind !== 'none' && !holdsSpan(a))
    .map((a): QuoteSpan => ({ start: a.start, end: a.end, inner: text.slice(a.start, a.end), mark: '', open: false, nested: [] }));
  return { spans: [...spans, ...bare].sort((a, b) => a.start - b.start), problems };
}

/** Analyzes one paragraph. `continuing` says the previous paragraph left a quotation open. */
export function analyzeParagraph(
  text: string,
  state: QuotationState,
  annotations: readonly QuoteAnnotation[] = [],
  continuing = false,
): ParagraphAnalysis {
  const { spans, problems: spanProblems } = spansWithAnnotations(text, annotations);
  const problems: ParagraphProblem[] = spanProblems.map((p) => ({ offset: p.offset, ruleId: p.ruleId, reason: p.reason }));
  const unbalanced = new Set(problems.filter((p) => p.ruleId === 'unbalanced-quote').map((p) => p.offset));
  const masked = mask(text, spans);
  const sentences = sentenceRanges(text);
  const annotationOf = annotationsFor(spans, annotations);
  const forced = spans.map((span, index) => {
    const id = annotationOf[index]?.speaker;
    const known = id ? state.attributor.registrySpeaker(id) : undefined;
    if (id && !known) problems.push({ offset: span.start, ruleId: 'unknown-speaker', reason: `The annotation names speaker "${id}", which is not in speakers.yaml: add it there or fix the id` });
    return known && { id: known.id, name: known.name, kind: known.kind };
  });
  const { attributions, framed } = state.attributor.paragraph(text, sentences, spans.map((span, index) => ({ start: span.start, end: span.end, forced: forced[index] })));
  for (const { speaker, cueOffset, sentence } of framed) {
    const date = explicitDate(masked.slice(sentence.start, cueOffset), state.reference);
    if (date) state.saidBy.set(speakerKey(speaker), date);
  }

  const quotations: ParagraphQuotation[] = [];
  const terms: ParagraphAnalysis['terms'] = [];
  let previous: { span: QuoteSpan; quotation?: ParagraphQuotation; sentence: Range } | undefined;
  spans.forEach((span, index) => {
    const sentence = sentenceAt(sentences, span.start) ?? { start: 0, end: text.length };
    const attribution = attributions[index]!;
    const annotation = annotationOf[index];
    const before = masked.slice(sentence.start, span.start);
    const between = previous?.sentence === sentence ? masked.slice(previous.span.end, span.start) : undefined;
    const listedAfterTerm = between !== undefined && !previous?.quotation && /^[\s,]*(?:and|or)?[\s,]*$/.test(between);
    const continuesQuotation = continuing && span.start === text.search(/\S/);
    // “This bill,” he said, “is dead.”: the frame between the halves ends with a comma or a colon.
    const continuesSplit = between !== undefined && previous?.quotation?.kind === 'full' && attribution.cued && /[,:]\s*$/.test(between);

    let kind: QuotationKind | undefined;
    if (annotation?.kind) kind = annotation.kind === 'none' ? undefined : annotation.kind;
    else if (unbalanced.has(span.start)) kind = undefined;
    else if (continuesQuotation) kind = 'full';
    // A title after a quotation ("Perez said on NBC's “Meet the Press.”") is no second half of it.
    // So is a title after "the" ("the authors of the “Growth and Opportunity Project,”") or a possessive
    // ("on WKRC’s “Morning Talk,” calling …"), even beside a cue.
    else if (!annotation?.speaker && (endsWithTermCue(before) || listedAfterTerm || (isName(span.inner) && (!attribution.adjacent || NAMED_RIGHT_AFTER.test(before) || /(?:\bthe|\p{L}[’']s)\s*$/iu.test(before))))) kind = undefined;
    else if (continuesSplit) kind = 'full';
    else if (isSentence(span.inner) || (/^[^\p{L}]*\p{Lu}/u.test(span.inner) && words(span.inner).length >= (attribution.adjacent ? 2 : 3) && attribution.cued && /,\s*$/.test(span.inner))) kind = 'full';
    // “…,” Gov. Hart said. “Unacceptably slow.”: a sentence of its own, after its speaker's, however short.
    else if (attribution.speaker && /^[^\p{L}]*\p{Lu}/u.test(span.inner) && /[.!?…]\s*$/.test(span.inner) && !/[\p{L}\p{N}]/u.test(masked.slice(sentence.start, sentence.end))) kind = 'full';
    else if (attribution.cued || annotation || words(span.inner).length >= 4) kind = 'partial';

    if (!kind) {
      terms.push({ start: span.start, end: span.end, text: span.inner });
      previous = { span, sentence };
      return;
    }
    const speaker = attribution.speaker;
    const context = enclosingSentence(sentences, span);
    const quotation: ParagraphQuotation = {
      start: span.start,
      end: span.end,
      text: quotedWords(span.inner, kind),
      kind,
      speaker,
      attribution,
      context: text.slice(context.start, context.end).trim(),
      said: annotation?.said ?? (speaker ? state.saidBy.get(speakerKey(speaker)) : undefined),
      open: span.open,
      continues: continuesQuotation,
    };
    quotations.push(quotation);
    previous = { span, quotation, sentence };
  });
  return { quotations, terms, problems };
}
