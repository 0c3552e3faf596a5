/**
 * The dictionary of known terms that the search page corrects misspelt queries from (src/text/spelling), written
 * beside the search bundles: the words of the speakers' names and aliases first, then the words of the texts,
 * most frequent first, as many as fit the download budget. The same content always gives the same bytes.
 */
import { gzipSync } from 'node:zlib';
import { FRONTMATTER } from '../model/content-layout.ts';
import { isTermWorthy, termKey, wordsIn, type SearchTerms } from '../text/spelling/term-words.ts';

/** What the search page may download for corrections, gzipped (hosts send it compressed). */
const TERMS_BUDGET_BYTES = 28 * 1024;

/** Words of the texts shorter than this are left out: the names keep their short words ("Ali"). */
const MIN_TEXT_WORD_LENGTH = 4;

/** The words a speaker is known by: their name and aliases. */
export interface NamedSpeaker {
  name: string;
  aliases: readonly string[];
}

/** Where a sentence begins: at the start of the text or of a line, or after a full stop, in any quotation marks. */
const SENTENCE_START = /(?:^|[.!?…]["”’)]*\s+|\n\s*)["“‘(]*$/;

/** Whether a word's capital tells nothing of its form: it begins a sentence. */
function beginsSentence(text: string, word: string, index: number): boolean {
  return word[0] !== word[0]!.toLowerCase() && SENTENCE_START.test(text.slice(Math.max(0, index - 8), index));
}

/** The readable text of a section file: its body without frontmatter, components' tags, comments and link targets. */
export function sectionText(mdx: string): string {
  return mdx
    .replace(FRONTMATTER, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
}

/** The dictionary as the page downloads it. */
export const termsJson = (terms: SearchTerms) => `${JSON.stringify(terms)}\n`;

/** Its gzipped size, as a host sends it. */
export const gzippedSize = (text: string) => gzipSync(text, { level: 9 }).length;

/**
 * The dictionary from the speakers and the texts (section bodies, titles, claims: what the index holds). Each
 * word is kept once, in the form the texts write most often where a capital says something (not at the start of
 * a sentence; ties: the lower-case form, then the first in code order), else in lower case; the words of the
 * texts are cut, least frequent first, to fit `budget` gzipped bytes.
 */
export function searchTerms(speakers: readonly NamedSpeaker[], texts: Iterable<string>, budget = TERMS_BUDGET_BYTES): SearchTerms {
  const names: string[] = [];
  const nameKeys = new Set<string>();
  for (const { name, aliases } of speakers) {
    for (const { word } of [name, ...aliases].flatMap((text) => wordsIn(text))) {
      const key = termKey(word);
      if (!isTermWorthy(word) || nameKeys.has(key)) continue;
      nameKeys.add(key);
      names.push(word);
    }
  }
  const counts = new Map<string, { total: number; forms: Map<string, number>; lower: string }>();
  // Each written form judged once: a corpus writes the same few thousand words a million times.
  const keys = new Map<string, string | undefined>();
  const keyOf = (word: string) => {
    if (!keys.has(word)) {
      const key = termKey(word);
      keys.set(word, key.length >= MIN_TEXT_WORD_LENGTH && isTermWorthy(word) && !nameKeys.has(key) ? key : undefined);
    }
    return keys.get(word);
  };
  for (const text of texts) {
    for (const { word, index } of wordsIn(text)) {
      const key = keyOf(word);
      if (!key) continue;
      const entry = counts.get(key) ?? { total: 0, forms: new Map<string, number>(), lower: word.toLowerCase() };
      entry.total++;
      if (!beginsSentence(text, word, index)) entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
      counts.set(key, entry);
    }
  }
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const formOf = (forms: Map<string, number>, lower: string) =>
    [...forms].sort(([a, m], [b, n]) => n - m || Number(b === lower) - Number(a === lower) || byCode(a, b))[0]?.[0] ?? lower;
  const words = [...counts]
    .sort(([a, x], [b, y]) => y.total - x.total || byCode(a, b))
    .map(([, { forms, lower }]) => formOf(forms, lower));
  return fitted(names, words, budget);
}

/** The names and as many of the words as fit the budget (the most words whose dictionary does, by bisection). */
function fitted(names: string[], words: string[], budget: number): SearchTerms {
  const size = (count: number) => gzippedSize(termsJson({ names, words: words.slice(0, count) }));
  if (size(words.length) <= budget) return { names, words };
  let [low, high] = [0, words.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (size(middle) <= budget) low = middle;
    else high = middle - 1;
  }
  return { names, words: words.slice(0, low) };
}
