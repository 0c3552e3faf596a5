import { describe, expect, it } from 'vitest';
import { findQuoteSpans, type QuoteSpan } from '../../src/text/quotes/quote-spans.ts';

/** The inner words of each top-level span, in order. */
function inners(text: string): string[] {
  return findQuoteSpans(text).spans.map((span) => span.inner);
}

describe('findQuoteSpans', () => {
  it('finds a straight-quoted statement of two sentences, ignoring the apostrophe before it', () => {
    const text =
      'In November 2025, Syrian Foreign Minister Asaad al-Shibani clarified Syria\'s stance: "We do not pursue peace at any cost. We will not sign any agreement while our land remains occupied."';
    const { spans, problems } = findQuoteSpans(text);
    expect(problems).toEqual([]);
    expect(spans).toHaveLength(1);
    const [span] = spans;
    expect(span?.start).toBe(text.indexOf('"'));
    expect(span?.end).toBe(text.length);
    expect(span?.mark).toBe('"');
    expect(span?.open).toBe(false);
    expect(span?.inner).toBe(
      'We do not pursue peace at any cost. We will not sign any agreement while our land remains occupied.',
    );
  });

  it('finds several curly-quoted spans, with the comma inside the closing mark', () => {
    const text =
      'US envoy Thomas Barrack hailed the outcome as a “breakthrough,” describing the talks as reflective of “a strong mutual desire to move from denial to real cooperation and shared prosperity.” He added, “Both parties are committed to a new relationship.”';
    const { spans, problems } = findQuoteSpans(text);
    expect(problems).toEqual([]);
    expect(spans.map((span) => span.inner)).toEqual([
      'breakthrough,',
      'a strong mutual desire to move from denial to real cooperation and shared prosperity.',
      'Both parties are committed to a new relationship.',
    ]);
    for (const span of spans) {
      expect(text.slice(span.start, span.end)).toBe(`“${span.inner}”`);
      expect(span.mark).toBe('“');
    }
  });

  it('keeps an apostrophe inside straight quotes from opening a nested quote', () => {
    const { spans, problems } = findQuoteSpans('in contrast to "Israel\'s" continued aggression');
    expect(problems).toEqual([]);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.inner).toBe("Israel's");
    expect(spans[0]?.nested).toEqual([]);
  });

  it('ignores a possessive apostrophe before a quoted word at top level', () => {
    const text = 'Since the fall of Bashar al-Assad\'s regime on December 8, 2024, "Israel" has';
    const { spans, problems } = findQuoteSpans(text);
    expect(problems).toEqual([]);
    expect(spans.map((span) => [span.start, span.inner])).toEqual([[text.indexOf('"'), 'Israel']]);
  });

  it('pairs consecutive straight-quoted words, one closing before a comma', () => {
    expect(inners('labeling the new Syrian leadership as "terrorists" and "jihadists," and warning')).toEqual([
      'terrorists',
      'jihadists,',
    ]);
  });

  it('ignores a trailing possessive apostrophe at top level', () => {
    expect(findQuoteSpans("have been marked by Damascus' insistence")).toEqual({ spans: [], problems: [] });
  });

  it('ignores a trailing possessive apostrophe inside a quotation', () => {
    const { spans, problems } = findQuoteSpans('"The talks have been marked by Damascus\' insistence on withdrawal," he said.');
    expect(problems).toEqual([]);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.nested).toEqual([]);
  });

  it('opens a straight quote at the start of the paragraph and closes it before a comma', () => {
    const { spans, problems } = findQuoteSpans('"Israel", for its part, has adopted');
    expect(problems).toEqual([]);
    expect(spans.map((span) => [span.start, span.end, span.inner])).toEqual([[0, 8, 'Israel']]);
  });

  it('finds a curly-quoted word inside brackets', () => {
    const text = '(as “Israel” perceives it)';
    const { spans, problems } = findQuoteSpans(text);
    expect(problems).toEqual([]);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['“Israel”']);
  });

  it('finds both halves of a quotation split by its attribution', () => {
    const text = '“We will not sign,” he said, “while our land remains occupied.”';
    const { spans, problems } = findQuoteSpans(text);
    expect(problems).toEqual([]);
    expect(spans.map((span) => span.inner)).toEqual(['We will not sign,', 'while our land remains occupied.']);
  });

  it('finds a single-quoted quotation nested in a double-quoted one', () => {
    const text = '“He told me ‘never again’ and left,” she said.';
    const { spans, problems } = findQuoteSpans(text);
    expect(problems).toEqual([]);
    expect(spans).toHaveLength(1);
    const nested = spans[0]?.nested ?? [];
    expect(nested.map((span) => [span.start, span.end, span.mark, span.inner, span.open])).toEqual([
      [text.indexOf('‘'), text.indexOf('’') + 1, '‘', 'never again', false],
    ]);
  });

  it('does not open a nested quote at an apostrophe between letters', () => {
    const { spans, problems } = findQuoteSpans('“Syria’s land is not for sale, and we don’t negotiate over it,” al-Sharaa’s adviser said.');
    expect(problems).toEqual([]);
    expect(spans.map((span) => span.nested)).toEqual([[]]);
  });

  it('finds a straight single-quoted quotation nested in straight double quotes', () => {
    const text = '"They called it \'a new chapter\', but nothing changed," the official said.';
    const { spans, problems } = findQuoteSpans(text);
    expect(problems).toEqual([]);
    expect(spans[0]?.nested.map((span) => [span.mark, span.inner])).toEqual([["'", 'a new chapter']]);
  });

  it('does not take a decade abbreviation for an opening single quote', () => {
    const text = '“Since the ’90s the border has not moved, and in ‘24 it was quiet,” he said.';
    const { spans, problems } = findQuoteSpans(text);
    expect(problems).toEqual([]);
    expect(spans.map((span) => span.nested)).toEqual([[]]);
  });

  it('leaves a quotation running on into the next paragraph open without a problem when it opens the paragraph', () => {
    const text = '“The first paragraph of a long statement goes on.';
    expect(findQuoteSpans(text)).toEqual({
      spans: [{ start: 0, end: text.length, inner: text.slice(1), mark: '“', open: true, nested: [] }],
      problems: [],
    });
  });

  it('leaves a quotation running on into the next paragraph open without a problem when it holds a full sentence', () => {
    const text = 'Al-Shibani told reporters: “We will not sign any agreement. Our land remains occupied.';
    const { spans, problems } = findQuoteSpans(text);
    expect(problems).toEqual([]);
    expect(spans.map((span) => [span.open, span.end])).toEqual([[true, text.length]]);
  });

  it('reports a quotation left open mid-sentence as unbalanced, and still returns it', () => {
    const text = 'The so-called “deal was never signed, officials said';
    const { spans, problems } = findQuoteSpans(text);
    expect(spans.map((span) => [span.start, span.end, span.inner, span.open])).toEqual([
      [14, text.length, 'deal was never signed, officials said', true],
    ]);
    expect(problems).toEqual([
      {
        offset: 14,
        ruleId: 'unbalanced-quote',
        reason: 'Opening “ at column 15 is never closed in this paragraph: add the closing ” or remove the mark',
      },
    ]);
  });

  it('does not count a lower-case fragment ending in a full stop as a full sentence', () => {
    const { spans, problems } = findQuoteSpans('He called it “a trap and left.');
    expect(spans.map((span) => span.open)).toEqual([true]);
    expect(problems.map((problem) => [problem.offset, problem.ruleId])).toEqual([[13, 'unbalanced-quote']]);
  });

  it('reads an opening mark typed where the closing one belongs as closing, and says so', () => {
    const text = '“Not this year,“ said Lena Marsh. “Maybe the next.”';
    const { spans, problems } = findQuoteSpans(text);
    expect(spans.map((span) => span.inner)).toEqual(['Not this year,', 'Maybe the next.']);
    expect(problems).toEqual([{ offset: 15, ruleId: 'mistyped-quote', reason: 'The “ at column 16 closes its quotation and is read as ”: type ” there' }]);
  });

  it('still takes an opening mark after a word as opening when none is open', () => {
    const { spans, problems } = findQuoteSpans('She called it“ a farce” on Monday.');
    expect(spans.map((span) => span.inner)).toEqual([' a farce']);
    expect(problems).toEqual([]);
  });

  it('skips the quoted attributes of a markup tag in scraped text, and finds the quotation after it', () => {
    const text = '<post id="4471" author="@lenamarsh" date="2016-03-01">“We will not stop,” she wrote.</post>';
    const { spans, problems } = findQuoteSpans(text);
    expect(spans.map((span) => span.inner)).toEqual(['We will not stop,']);
    expect(problems).toEqual([]);
  });

  it('still reads a lone angle bracket as text', () => {
    const { spans } = findQuoteSpans('Turnout was < 40 percent, a “disaster” for the party.');
    expect(spans.map((span) => span.inner)).toEqual(['disaster']);
  });

  it('reports a closing mark with nothing open, and returns no span', () => {
    const { spans, problems } = findQuoteSpans('It was over” he said.');
    expect(spans).toEqual([]);
    expect(problems).toEqual([
      {
        offset: 11,
        ruleId: 'unexpected-close',
        reason: 'Closing ” at column 12 has no opening mark before it: add the opening “ or remove the mark',
      },
    ]);
  });

  it('reports a quotation reopened before it closes, keeping the later one', () => {
    const text = 'He spoke of “a new era and “real cooperation” between them.';
    const { spans, problems } = findQuoteSpans(text);
    expect(spans.map((span) => span.inner)).toEqual(['real cooperation']);
    expect(problems.map((problem) => [problem.offset, problem.ruleId])).toEqual([[12, 'unbalanced-quote']]);
    expect(problems[0]?.reason).toContain('before the next opening “ at column 28');
  });

  it('reports a nested single quote that never closes, and ignores it', () => {
    const text = '“He told me ‘never again and left,” she said.';
    const { spans, problems } = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.inner).toBe('He told me ‘never again and left,');
    expect(spans[0]?.nested).toEqual([]);
    expect(problems.map((problem) => [problem.offset, problem.ruleId])).toEqual([[text.indexOf('‘'), 'unbalanced-quote']]);
    expect(problems[0]?.reason).toContain('inside its double quotation');
  });

  it('reports a closing single quote with no opening inside its quotation', () => {
    const text = '“It is over.’ We are leaving,” he said.';
    const { spans, problems } = findQuoteSpans(text);
    expect(spans.map((span) => span.inner)).toEqual(['It is over.’ We are leaving,']);
    expect(problems.map((problem) => [problem.offset, problem.ruleId])).toEqual([[text.indexOf('’'), 'unexpected-close']]);
  });

  it('finds nothing in an empty paragraph', () => {
    expect(findQuoteSpans('')).toEqual({ spans: [], problems: [] });
  });

  it.each(['""', '“”'])('finds one empty span in %s', (text) => {
    expect(findQuoteSpans(text)).toEqual({
      spans: [{ start: 0, end: 2, inner: '', mark: text.charAt(0), open: false, nested: [] }],
      problems: [],
    });
  });

  it('pairs straight quotes right inside brackets', () => {
    const text = 'The ministry ("quoted") declined to comment.';
    const { spans, problems } = findQuoteSpans(text);
    expect(problems).toEqual([]);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['"quoted"']);
  });

  it('pairs straight quotes right between em dashes', () => {
    const text = 'The occupier—"Israel"—refused.';
    const { spans, problems } = findQuoteSpans(text);
    expect(problems).toEqual([]);
    expect(spans.map((span) => [span.start, span.inner])).toEqual([[text.indexOf('"'), 'Israel']]);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = '🇸🇾 “Syria first”';
    const [span] = findQuoteSpans(text).spans;
    expect(span?.start).toBe(5);
    expect(text.slice(span?.start, span?.end)).toBe('“Syria first”');
  });

  it('never throws and never invents a mark, whatever the input', () => {
    const alphabet = ['“', '”', '‘', '’', '"', "'", 'a', 'S', '1', ' ', ' ', '.', ',', '(', ')', '—', '\n'];
    const random = seededRandom(20251105);
    for (let run = 0; run < 5000; run++) {
      const length = Math.floor(random() * 24);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const { spans, problems } = findQuoteSpans(text);
      let previousEnd = 0;
      const mistyped = new Set(problems.filter((p) => p.ruleId === 'mistyped-quote').map((p) => p.offset));
      for (const span of spans) {
        expectSpanInText(text, span, ['“', '"'], mistyped.has(span.end - 1) ? '“' : '');
        expect(span.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = span.end;
        for (const nested of span.nested) {
          expectSpanInText(text, nested, ['‘', "'"]);
          expect(nested.start).toBeGreaterThan(span.start);
          expect(nested.end).toBeLessThanOrEqual(span.open ? span.end : span.end - 1);
        }
      }
      for (const problem of problems) expect('“”‘’"\'').toContain(text.charAt(problem.offset));
    }
  });
});

/** Checks that a span's marks and words are really there in the text. */
function expectSpanInText(text: string, span: QuoteSpan, openingMarks: string[], mistypedClose = ''): void {
  expect(openingMarks).toContain(span.mark);
  expect(text.charAt(span.start)).toBe(span.mark);
  if (span.open) {
    expect(span.end).toBe(text.length);
    expect(span.inner).toBe(text.slice(span.start + 1));
  } else {
    expect(span.end).toBeGreaterThan(span.start + 1);
    expect(`”"’'${mistypedClose}`).toContain(text.charAt(span.end - 1));
    expect(span.inner).toBe(text.slice(span.start + 1, span.end - 1));
  }
}

/** A small deterministic pseudo-random generator (mulberry32), so a failing fuzz case can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
