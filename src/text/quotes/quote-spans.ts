/** Finds the quoted spans in one paragraph of English news prose, telling quotation marks from apostrophes. */

/** A quotation in the paragraph, from its opening mark to its closing mark (or to the paragraph end). */
export interface QuoteSpan {
  /** Offset of the opening mark in `text`. */
  start: number;
  /** Offset just after the closing mark, or text.length when the span runs on past the paragraph end (see `open`). */
  end: number;
  /** The words inside the marks (text.slice(start + 1, end - 1), or to the paragraph end when unclosed). */
  inner: string;
  /** The opening mark as written: “ or " (or ‘ ' for nested). */
  mark: string;
  /** True when the paragraph ends before the quote closes: a quotation running on over several paragraphs (each opens with a mark, only the last closes). */
  open: boolean;
  /** Single-quoted spans nested inside this one. */
  nested: QuoteSpan[];
}

/** A quotation mark that could not be paired, with a sentence saying how to fix it. */
export interface SpanProblem {
  /** Offset of the mark that could not be matched. */
  offset: number;
  ruleId: 'unbalanced-quote' | 'unexpected-close' | 'mistyped-quote';
  /** A sentence for a maintainer saying what is wrong and how to fix it. */
  reason: string;
}

/** The quoted spans of a paragraph, in order, and the marks that could not be paired. */
export interface QuoteSpanResult {
  spans: QuoteSpan[];
  problems: SpanProblem[];
}

interface OpenMark {
  start: number;
  mark: string;
}

interface OpenDouble extends OpenMark {
  nested: QuoteSpan[];
  single: OpenMark | null;
}

type StraightRole = 'open' | 'close';
type SingleRole = StraightRole | 'apostrophe' | 'stray-close';

/** Characters after which a straight double quote may open, besides whitespace and the start of the text. */
const OPENS_AFTER = new Set('([{—–/');
/** The same for a straight single quote, which may also open right after the double quote it sits in. */
const SINGLE_OPENS_AFTER = new Set([...OPENS_AFTER, '"', '“']);
/** Characters before which a straight quote may close, besides whitespace and the end of the text. */
const CLOSES_BEFORE = new Set(',.;:!?)]}—–’”\'"…');
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;
/** A sentence-ending mark (possibly followed by closing marks) that is followed by a space or the end. */
const SENTENCE_END = /[.!?…]['’"”)\]]*(?=\s|$)/gu;
/** An HTML or XML tag with attributes, as scraped news text carries: `<a href="…">`, `<tweet id="…"/>`. */
const MARKUP_TAG = /^<\/?[A-Za-z][\w-]*(?:\s+[\w:-]+(?:=(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'<>]+))?)*\s*\/?>/;
/** A sentence that begins with a capital and has at least two words. */
const FULL_SENTENCE = /^['‘’"“([]*\p{Lu}\S*\s/u;

/** Finds every quoted span in one paragraph, with nested single quotes, and reports the marks that do not pair up. */
export function findQuoteSpans(text: string): QuoteSpanResult {
  const scan = new QuoteScan(text);
  for (let offset = 0; offset < text.length; offset++) {
    // '<tweet id="123" author="@name">': the quotes of a markup tag's attributes are no one's words.
    const tag = text.charAt(offset) === '<' ? MARKUP_TAG.exec(text.slice(offset, offset + 2000)) : null;
    if (tag) offset += tag[0].length - 1;
    else scan.read(offset);
  }
  return scan.finish();
}

/** One left-to-right pass over a paragraph, holding the double quotation (and its nested single) open so far. */
class QuoteScan {
  readonly text: string;
  readonly spans: QuoteSpan[] = [];
  readonly problems: SpanProblem[] = [];
  double: OpenDouble | null = null;

  constructor(text: string) {
    this.text = text;
  }

  read(offset: number): void {
    const mark = this.text.charAt(offset);
    if (mark === '“') {
      // “Not this year,“ said Marsh: an opening mark typed for the closing one, where what stands around it says
      // plainly that it closes the open quotation, is read as it is meant.
      if (this.double && contextRole(this.text, offset, OPENS_AFTER) === 'close') {
        this.problems.push(mistyped(offset));
        this.closeDouble(offset, mark);
      } else this.openDouble(offset, mark);
    } else if (mark === '”') {
      this.closeDouble(offset, mark);
    } else if (mark === '"') {
      if (straightRole(this.text, offset, OPENS_AFTER, this.double !== null) === 'open') this.openDouble(offset, mark);
      else this.closeDouble(offset, mark);
    } else if (mark === '‘' || mark === '’' || mark === "'") this.readSingle(offset, mark);
  }

  finish(): QuoteSpanResult {
    const runningOn = this.double;
    if (runningOn) {
      this.dropUnclosedSingle(runningOn);
      const span = toSpan(this.text, runningOn, this.text.length, true, runningOn.nested);
      this.spans.push(span);
      const opensParagraph = this.text.slice(0, runningOn.start).trim() === '';
      if (!opensParagraph && !holdsFullSentence(span.inner)) this.problems.push(unbalanced(runningOn, 'in this paragraph'));
    }
    this.problems.sort((a, b) => a.offset - b.offset);
    return { spans: this.spans, problems: this.problems };
  }

  openDouble(offset: number, mark: string): void {
    if (this.double) {
      this.dropUnclosedSingle(this.double);
      this.problems.push(unbalanced(this.double, `before the next opening ${mark} at column ${offset + 1}`));
    }
    this.double = { start: offset, mark, nested: [], single: null };
  }

  closeDouble(offset: number, mark: string): void {
    if (!this.double) {
      this.problems.push(unexpectedClose(offset, mark, 'no opening mark before it'));
      return;
    }
    this.dropUnclosedSingle(this.double);
    this.spans.push(toSpan(this.text, this.double, offset + 1, false, this.double.nested));
    this.double = null;
  }

  /** Single marks matter only inside a double quotation; at top level they are ignored. */
  readSingle(offset: number, mark: string): void {
    const quote = this.double;
    if (!quote) return;
    const role = singleRole(this.text, offset, mark, quote.single !== null);
    if (role === 'open') {
      if (quote.single) this.problems.push(unclosedSingle(quote.single));
      quote.single = { start: offset, mark };
    } else if (role === 'close' && quote.single) {
      quote.nested.push(toSpan(this.text, quote.single, offset + 1, false, []));
      quote.single = null;
    } else if (role === 'stray-close') {
      this.problems.push(unexpectedClose(offset, mark, 'no opening single quote before it inside its quotation'));
    }
  }

  dropUnclosedSingle(quote: OpenDouble): void {
    if (quote.single) this.problems.push(unclosedSingle(quote.single));
    quote.single = null;
  }
}

/** Decides whether a straight quote opens or closes from the characters around it, falling back on whether one is open. */
function straightRole(text: string, offset: number, opensAfter: Set<string>, oneIsOpen: boolean): StraightRole {
  return contextRole(text, offset, opensAfter) ?? (oneIsOpen ? 'close' : 'open');
}

/** What the characters around a mark make it, when they make it only one thing. */
function contextRole(text: string, offset: number, opensAfter: Set<string>): StraightRole | undefined {
  const before = text.charAt(offset - 1);
  const after = text.charAt(offset + 1);
  const opens = (before === '' || SPACE.test(before) || opensAfter.has(before)) && after !== '' && !SPACE.test(after);
  const closes = before !== '' && !SPACE.test(before) && (after === '' || SPACE.test(after) || CLOSES_BEFORE.has(after));
  if (opens === closes) return undefined;
  return opens ? 'open' : 'close';
}

/** Decides what a single mark inside a double quotation is: a nested quote's opening or closing, an apostrophe, or a stray close. */
function singleRole(text: string, offset: number, mark: string, singleIsOpen: boolean): SingleRole {
  const before = text.charAt(offset - 1);
  const after = text.charAt(offset + 1);
  const afterWord = WORD_CHARACTER.test(before);
  if (afterWord && WORD_CHARACTER.test(after)) return 'apostrophe';
  if (!afterWord && DIGIT.test(after)) return 'apostrophe';
  if (mark === '‘') return 'open';
  if (mark === '’') {
    if (before === '' || SPACE.test(before) || SINGLE_OPENS_AFTER.has(before)) return 'apostrophe';
    if (singleIsOpen) return 'close';
    return afterWord ? 'apostrophe' : 'stray-close';
  }
  const role = straightRole(text, offset, SINGLE_OPENS_AFTER, singleIsOpen);
  if (role === 'open' || singleIsOpen) return role;
  return afterWord ? 'apostrophe' : 'stray-close';
}

/** Whether the words hold at least one sentence that starts with a capital, has two words and ends with . ! ? or …. */
function holdsFullSentence(words: string): boolean {
  let sentenceStart = 0;
  for (const ending of words.matchAll(SENTENCE_END)) {
    const sentenceEnd = ending.index + ending[0].length;
    if (FULL_SENTENCE.test(words.slice(sentenceStart, sentenceEnd).trim())) return true;
    sentenceStart = sentenceEnd;
  }
  return false;
}

function toSpan(text: string, opening: OpenMark, end: number, open: boolean, nested: QuoteSpan[]): QuoteSpan {
  return {
    start: opening.start,
    end,
    inner: text.slice(opening.start + 1, open ? end : end - 1),
    mark: opening.mark,
    open,
    nested,
  };
}

function closingMarkFor(mark: string): string {
  if (mark === '“') return '”';
  if (mark === '‘') return '’';
  return mark;
}

function openingMarkFor(mark: string): string {
  if (mark === '”') return '“';
  if (mark === '’') return '‘';
  return mark;
}

function unbalanced(opening: OpenMark, where: string): SpanProblem {
  return {
    offset: opening.start,
    ruleId: 'unbalanced-quote',
    reason: `Opening ${opening.mark} at column ${opening.start + 1} is never closed ${where}: add the closing ${closingMarkFor(opening.mark)} or remove the mark`,
  };
}

function unclosedSingle(opening: OpenMark): SpanProblem {
  return unbalanced(opening, 'inside its double quotation (if it is an apostrophe, write ’)');
}

function mistyped(offset: number): SpanProblem {
  return {
    offset,
    ruleId: 'mistyped-quote',
    reason: `The “ at column ${offset + 1} closes its quotation and is read as ”: type ” there`,
  };
}

function unexpectedClose(offset: number, mark: string, what: string): SpanProblem {
  return {
    offset,
    ruleId: 'unexpected-close',
    reason: `Closing ${mark} at column ${offset + 1} has ${what}: add the opening ${openingMarkFor(mark)} or remove the mark`,
  };
}
