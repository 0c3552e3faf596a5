/**
 * Scores predicted quotations against a labelled set, by the recipe of the evaluation set's README: texts
 * normalised, a gold quotation found by a prediction in the same paragraph covering at least 80 % of it
 * (greedy by overlap, each prediction used once), speaker right when it equals the gold speaker or the
 * speaker as the text mentions it (case-insensitive, without a leading "the" or a possessive 's).
 */

export type Kind = 'full' | 'partial';

export interface GoldQuotation {
  content: string;
  speaker: string;
  speaker_mention: string | null;
  kind: Kind;
  start: number;
}

export interface LabelledCase {
  id: string;
  text: string;
  quotes: GoldQuotation[];
}

export interface Prediction {
  text: string;
  /** Index of the paragraph (a `\n\n` block of the case text) the quotation starts in. */
  paragraph: number;
  speaker: string | null;
  /** How the speaker was found, for grouping the misses ("trailing cue", "pronoun", …). */
  rule: string;
}

export interface Miss {
  case: string;
  cause: string;
  gold?: GoldQuotation;
  prediction?: Prediction;
}

interface Tally {
  gold: number;
  found: number;
  speakerRight: number;
}

export interface Score {
  cases: number;
  predictions: number;
  matchedPredictions: number;
  overall: Tally;
  byKind: Record<Kind, Tally>;
  misses: Miss[];
}

/** Quotes alike, whitespace collapsed, casefolded, edge quotation marks and punctuation stripped. */
export function normalise(text: string): string {
  return text
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/^[\s"'.,;:!?…—–-]+|[\s"'.,;:!?…—–-]+$/g, '');
}

/** The length of the longest common substring, by dynamic programming over one row. */
export function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = previous[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    previous = row;
  }
  return best;
}

/**
 * The speaker as the scoring compares it: trimmed of whitespace and of edge punctuation (the set trims its
 * mentions so, which turns "Harry B. Harris Jr." into "Harry B. Harris Jr"), casefolded, no leading "the", no
 * possessive 's.
 */
export function speakerKey(name: string): string {
  return name
    .trim()
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s?$/, '')
    .trim();
}

export function speakerMatches(predicted: string | null, gold: GoldQuotation): boolean {
  if (!predicted) return false;
  const key = speakerKey(predicted);
  return key === speakerKey(gold.speaker) || (gold.speaker_mention !== null && key === speakerKey(gold.speaker_mention));
}

/** The paragraph indexes (`\n\n` blocks) a gold quotation spans. */
export function goldParagraphs(text: string, gold: GoldQuotation): number[] {
  const first = text.slice(0, gold.start).split('\n\n').length - 1;
  const pieces = gold.content.split('\n\n').length;
  return Array.from({ length: pieces }, (_, index) => first + index);
}

const emptyTally = (): Tally => ({ gold: 0, found: 0, speakerRight: 0 });

/** Scores one case's predictions, adding to `score`. */
export function scoreCase(score: Score, labelled: LabelledCase, predictions: readonly Prediction[]): void {
  score.cases += 1;
  score.predictions += predictions.length;
  // `fit` is the share of the prediction the gold covers: a long prediction that holds a one-word gold
  // (“lost” inside the sentence quoted after it) goes to the gold it is, when both cover the gold alike.
  const pairs: { gold: number; prediction: number; overlap: number; fit: number }[] = [];
  labelled.quotes.forEach((gold, goldIndex) => {
    const wanted = normalise(gold.content);
    const paragraphs = goldParagraphs(labelled.text, gold);
    predictions.forEach((prediction, predictionIndex) => {
      if (!paragraphs.includes(prediction.paragraph) || wanted.length === 0) return;
      const predicted = normalise(prediction.text);
      const common = longestCommonSubstring(wanted, predicted);
      const overlap = common / wanted.length;
      if (overlap >= 0.8) pairs.push({ gold: goldIndex, prediction: predictionIndex, overlap, fit: common / Math.max(predicted.length, 1) });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || b.fit - a.fit || a.gold - b.gold || a.prediction - b.prediction);
  const goldTaken = new Map<number, number>();
  const predictionTaken = new Set<number>();
  for (const pair of pairs) {
    if (goldTaken.has(pair.gold) || predictionTaken.has(pair.prediction)) continue;
    goldTaken.set(pair.gold, pair.prediction);
    predictionTaken.add(pair.prediction);
  }
  score.matchedPredictions += predictionTaken.size;
  labelled.quotes.forEach((gold, goldIndex) => {
    const tallies = [score.overall, score.byKind[gold.kind]];
    for (const tally of tallies) tally.gold += 1;
    const predictionIndex = goldTaken.get(goldIndex);
    if (predictionIndex === undefined) {
      score.misses.push({ case: labelled.id, cause: `not found (${gold.kind})`, gold });
      return;
    }
    const prediction = predictions[predictionIndex]!;
    for (const tally of tallies) tally.found += 1;
    if (speakerMatches(prediction.speaker, gold)) {
      for (const tally of tallies) tally.speakerRight += 1;
    } else {
      const cause = prediction.speaker ? `wrong speaker via ${prediction.rule}` : 'no speaker';
      score.misses.push({ case: labelled.id, cause, gold, prediction });
    }
  });
  predictions.forEach((prediction, index) => {
    if (predictionTaken.has(index)) return;
    const cause = labelled.quotes.length ? 'not a gold quotation' : 'quotation in a negative case';
    score.misses.push({ case: labelled.id, cause, prediction });
  });
}

export function emptyScore(): Score {
  return { cases: 0, predictions: 0, matchedPredictions: 0, overall: emptyTally(), byKind: { full: emptyTally(), partial: emptyTally() }, misses: [] };
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function figuresOf(score: Score): Figures {
  const precision = ratio(score.matchedPredictions, score.predictions);
  const recall = ratio(score.overall.found, score.overall.gold);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall), speakerAccuracy: ratio(score.overall.speakerRight, score.overall.found) };
}

/** Misses counted by cause, most frequent first. */
export function missesByCause(misses: readonly Miss[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const miss of misses) counts.set(miss.cause, (counts.get(miss.cause) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
