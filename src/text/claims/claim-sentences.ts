/**
 * Finds the sentence of a section that carries a claim: the one holding the claim's `sentence` words when the
 * annotation gives them, otherwise the sentence sharing the most content words with the claim as stated.
 */
import { sentenceRanges, type Range } from '../sentences.ts';

export interface SentencePlace extends Range {
  /** Index of the paragraph in the list given. */
  paragraph: number;
}

const STOPWORDS = new Set(
  'the and for that with from this have has had was were are its their they them his her him she not but into over under about after before than then also been being which while would could should will shall what when where who whom whose there these those such only other more most some any each both all can may might must our your out off per via'.split(' '),
);

/** Content words, lowercased, without possessives: the words a paraphrase keeps. */
function contentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}[\p{L}\p{N}-]*/gu) ?? [])
      .map((word) => word.replace(/[’']s$/, ''))
      .filter((word) => word.length > 2 && !STOPWORDS.has(word)),
  );
}

/** A sentence of a section, split once, with its content words. */
export interface Sentence extends SentencePlace {
  text: string;
  words: Set<string>;
}

/** Every sentence of the paragraphs, split once for all of a section's claims. */
export function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  return paragraphs.flatMap((text, paragraph) =>
    sentenceRanges(text).map((range) => {
      const sentence = text.slice(range.start, range.end);
      return { ...range, paragraph, text: sentence, words: contentWords(sentence) };
    }),
  );
}

/** How much of the claim's vocabulary a sentence holds, from 0 to 1. */
function overlap(claim: Set<string>, words: Set<string>): number {
  let shared = 0;
  for (const word of claim) if (words.has(word)) shared++;
  return claim.size ? shared / claim.size : 0;
}

/** The least share of a claim's words a sentence must hold to be taken as carrying it. */
export const MIN_OVERLAP = 0.4;

/**
 * The sentence carrying a claim, or undefined when none holds the given words or enough of the claim's
 * vocabulary. `sentences` are the section's, from `sentencesOf`.
 */
export function findClaimSentence(sentences: readonly Sentence[], claim: string, words?: string): SentencePlace | undefined {
  const claimWords = contentWords(claim);
  let best: (SentencePlace & { score: number }) | undefined;
  for (const sentence of sentences) {
    const score = words ? (sentence.text.includes(words) ? 1 : 0) : overlap(claimWords, sentence.words);
    if (score > (best?.score ?? 0)) best = { start: sentence.start, end: sentence.end, paragraph: sentence.paragraph, score };
  }
  return best && best.score >= (words ? 1 : MIN_OVERLAP) ? { start: best.start, end: best.end, paragraph: best.paragraph } : undefined;
}
