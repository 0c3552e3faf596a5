/** Sentence boundaries (src/text/sentences.ts): parse-english, with the abbreviations it splits at joined back. */
import { describe, expect, it } from 'vitest';
import { sentenceRanges } from '../../src/text/sentences.ts';

const sentences = (text: string) => sentenceRanges(text).map((r) => text.slice(r.start, r.end));

describe('sentenceRanges', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(sentences('The talks ended. Did they fail? No!')).toEqual(['The talks ended.', 'Did they fail?', 'No!']);
  });

  it('never ends a sentence at a title before a name', () => {
    expect(sentences('Adm. Rhea Munro spoke first. Lt. Gen. Omar Vance spoke next.')).toEqual(['Adm. Rhea Munro spoke first.', 'Lt. Gen. Omar Vance spoke next.']);
  });

  it('never ends a sentence at a number sign before its number', () => {
    expect(sentences('As Dana Holt, the No. 2 in the party, put it: “Not yet.”')).toEqual(['As Dana Holt, the No. 2 in the party, put it: “Not yet.”']);
  });

  it('does end one at "No." when no number follows', () => {
    expect(sentences('Did she agree? She said No. Then she left.')).toEqual(['Did she agree?', 'She said No.', 'Then she left.']);
  });

  it('keeps "approx." inside its sentence', () => {
    expect(sentences('It was approx. 5 p.m. when the crowd left.')).toEqual(['It was approx. 5 p.m. when the crowd left.']);
  });
});

describe('sentenceRanges, asked again', () => {
  it('splits a paragraph once for all who ask, and gives its sentences frozen, so that no caller changes another’s', () => {
    const text = 'The envoy arrived on Monday. Talks began at once.';
    const ranges = sentenceRanges(text);
    expect(sentenceRanges(text)).toBe(ranges);
    expect(ranges).toEqual([{ start: 0, end: 28 }, { start: 29, end: 49 }]);
    expect(Object.isFrozen(ranges) && ranges.every(Object.isFrozen)).toBe(true);
  });
});
