/**
 * The words search suggests from and corrects: runs of letters, so that "al-Shibani" is "al" and "Shibani" and
 * "Syria's" is "Syria" and "s", compared without case or accents ("Sharaa" and "sharaa", "Gofmán" and "Gofman").
 */

/** The dictionary of known terms a search page downloads when a query finds little: names first, then words. */
export interface SearchTerms {
  /** The words of speakers' names and aliases, as the registry writes them, in its order. */
  names: string[];
  /** The words of the texts, most frequent first, as the texts mostly write them ("Quneitra", "corridor"). */
  words: string[];
}

/** Words shorter than this are never suggested nor corrected: too many short words lie one edit apart. */
const MIN_TERM_LENGTH = 3;

/**
 * The commonest function words of English long enough to pass MIN_TERM_LENGTH: never required of a result, nor
 * corrected, nor put in the dictionary. (Rarer ones are left to the dictionary, which knows them as words.)
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  'the and for but not are was were has had have been will would can could this that these those there their they them with from into about which what when where who how all any also'.split(' '),
);

/** The words of a text, as written, with where each begins. */
export function wordsIn(text: string): { word: string; index: number }[] {
  return [...text.matchAll(/\p{L}[\p{L}\p{M}]*/gu)].map((match) => ({ word: match[0], index: match.index }));
}

/** A word as the dictionary compares it: lower case, without accents. */
export function termKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a word is worth knowing: long enough and not a function word. */
export function isTermWorthy(word: string): boolean {
  const key = termKey(word);
  return key.length >= MIN_TERM_LENGTH && !STOPWORDS.has(key);
}

/** The words of a query worth correcting, as keys, once each. */
export function queryTerms(query: string): string[] {
  return [...new Set(wordsIn(query).map(({ word }) => word).filter(isTermWorthy).map(termKey))];
}

/** How many letters two keys begin with alike. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Whether a word of a text is one Pagefind finds for a word of a query: the query's word begins it ("stall",
 * "stalling"), or the two share all but the last few letters, as Pagefind's stems do ("negotiating",
 * "negotiations"). A word that shares only a short start ("stat" of "statment" and "statement") is not.
 */
export function findsFor(textKey: string, queryKey: string): boolean {
  return textKey.startsWith(queryKey) || sharedStart(textKey, queryKey) >= Math.max(5, queryKey.length - 3);
}

/**
 * The words of a query that some of the texts (the results found, with their metadata) hold: words the index
 * knows. A result found for a word it does not hold was found by a part of it, which Pagefind falls back on
 * when it knows no word that begins with the query's ("cor" for "coridor"): not what the reader meant.
 */
export function heldWords(query: string, texts: readonly string[]): Set<string> {
  const wanted = queryTerms(query);
  const held = new Set<string>();
  for (const text of texts) {
    for (const { word } of wordsIn(text)) {
      const key = termKey(word);
      for (const queryKey of wanted) if (!held.has(queryKey) && findsFor(key, queryKey)) held.add(queryKey);
    }
    if (held.size === wanted.length) break;
  }
  return held;
}

/** A query in quotation marks, which Pagefind searches as a phrase: its words, as keys; undefined for another query. */
export function phraseOf(query: string): string[] | undefined {
  const quoted = /^\s*"(.+)"\s*$/.exec(query);
  return quoted ? wordsIn(quoted[1]!).map(({ word }) => termKey(word)) : undefined;
}
