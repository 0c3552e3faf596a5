/**
 * "Did you mean …": the closest known terms to the words of a query that the index does not know, by edit
 * distance (a swap of two letters counts one) and, for names, by sound. "Barack" → "Barrack", "humanitarian
 * coridor" → "humanitarian corridor", "Kuneitra" → "Quneitra"; a query whose words are all known has none.
 */
import { editDistance } from './edit-distance.ts';
import { soundKey } from './sound-key.ts';
import { isTermWorthy, termKey, wordsIn, type SearchTerms } from './term-words.ts';

interface Term {
  form: string;
  key: string;
  /** For names (and the capitalised words of the texts, which are names too): how it sounds. */
  sound?: string;
}

/** The dictionary, ready to be searched: its terms in order of preference, and which keys it knows. */
export interface TermIndex {
  terms: Term[];
  known: ReadonlySet<string>;
}

/** A query corrected: the closest reading, and others as close, for "Did you mean …". */
export interface QueryCorrection {
  query: string;
  alternatives: string[];
}

/** At most this many other readings are offered. */
const MAX_ALTERNATIVES = 2;

const isCapitalised = (form: string) => form[0] !== form[0]!.toLowerCase();

export function termIndex({ names, words }: SearchTerms): TermIndex {
  const terms = [...names, ...words].map((form, index): Term => {
    const name = index < names.length || isCapitalised(form);
    return { form, key: termKey(form), ...(name && { sound: soundKey(form) }) };
  });
  return { terms, known: new Set(terms.map((term) => term.key)) };
}

/** How many edits a word of this length may be from its correction: one in a short word, more in a long one. */
export function maxEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The known terms closest to a word, best first: those at the smallest distance, a name that sounds like it
 * counting half an edit less (and allowed one edit more), a different first letter a quarter more; ties keep
 * the dictionary's order (names, then the most frequent words). Empty when none is close enough.
 */
export function closestTerms(word: string, index: TermIndex): string[] {
  const key = termKey(word);
  const limit = maxEdits(key.length);
  const sound = soundKey(key);
  let best = Number.POSITIVE_INFINITY;
  let found: string[] = [];
  for (const term of index.terms) {
    const alike = term.sound !== undefined && term.sound === sound;
    const allowed = alike ? limit + 1 : limit;
    const distance = editDistance(key, term.key, allowed);
    if (distance > allowed || distance === 0) continue;
    const score = distance - (alike ? 0.5 : 0) + (term.key[0] === key[0] ? 0 : 0.25);
    if (score < best) [best, found] = [score, [term.form]];
    else if (score === best && !found.includes(term.form)) found.push(term.form);
  }
  return found;
}

/** A correction written as the reader wrote the word: capitalised if they capitalised it. */
function asTyped(correction: string, typed: string): string {
  return isCapitalised(typed) && !isCapitalised(correction) ? correction[0]!.toUpperCase() + correction.slice(1) : correction;
}

/**
 * The query with each word that neither the dictionary nor `known` (words the index was found to hold) knows
 * replaced by its closest term, and the readings that take the other terms as close for the first such word;
 * undefined when there is nothing to correct or no term is close. Quotation marks and punctuation stay.
 */
export function correctQuery(query: string, index: TermIndex, known: ReadonlySet<string> = new Set()): QueryCorrection | undefined {
  const words = wordsIn(query).filter(({ word }) => isTermWorthy(word) && !index.known.has(termKey(word)) && !known.has(termKey(word)));
  const choices = words.map(({ word }) => closestTerms(word, index));
  if (!choices.some((list) => list.length)) return undefined;
  const write = (picks: (string | undefined)[]) => {
    let text = query;
    // From the end, so that the earlier words' places stay where they were.
    for (let i = words.length - 1; i >= 0; i--) {
      const { word, index: at } = words[i]!;
      const pick = picks[i];
      if (pick) text = `${text.slice(0, at)}${asTyped(pick, word)}${text.slice(at + word.length)}`;
    }
    return text;
  };
  const firsts = choices.map((list) => list[0]);
  const varied = choices.findIndex((list) => list.length > 1);
  const alternatives = varied < 0 ? [] : choices[varied]!.slice(1, 1 + MAX_ALTERNATIVES).map((other) => write(firsts.map((pick, i) => (i === varied ? other : pick))));
  return { query: write(firsts), alternatives };
}
