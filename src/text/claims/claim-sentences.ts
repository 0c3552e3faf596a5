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

/** How much of the claim's vocabulary a sentence holds, from 0 to 1. */
function overlap(claim: Set<string>, sentence: string): number {
  const words = contentWords(sentence);
  let shared = 0;
  for (const word of claim) if (words.has(word)) shared++;
  return claim.size ? shared / claim.size : 0;
}

/** The least share of a claim's words a sentence must hold to be taken as carrying it. */
export const MIN_OVERLAP = 0.4;

/** The sentence carrying a claim, or undefined when none holds the given words or enough of the claim's vocabulary. */
export function findClaimSentence(paragraphs: readonly string[], claim: string, words?: string): SentencePlace | undefined {
  const claimWords = contentWords(claim);
  let best: (SentencePlace & { score: number }) | undefined;
  paragraphs.forEach((text, paragraph) => {
    for (const range of sentenceRanges(text)) {
      const sentence = text.slice(range.start, range.end);
      const score = words ? (sentence.includes(words) ? 1 : 0) : overlap(claimWords, sentence);
      if (score > (best?.score ?? 0)) best = { ...range, paragraph, score };
    }
  });
  return best && best.score >= (words ? 1 : MIN_OVERLAP) ? { start: best.start, end: best.end, paragraph: best.paragraph } : undefined;
}
