/** Finds mentions of registry speakers (names and aliases, as texts write them) in running text. */
import type { MentionableSpeaker } from '../../model/schema.ts';
import { escapeRegExp } from '../../model/strings.ts';

export interface Mention {
  start: number;
  end: number;
  speaker: string;
  text: string;
}

/** An alias with its first letter in either case: "a Syrian official" also matches at a sentence's start. */
function firstLetterEitherCase(alias: string): string {
  const first = alias[0]!;
  const rest = escapeRegExp(alias.slice(1));
  return first.toLowerCase() === first.toUpperCase() ? escapeRegExp(first) + rest : `[${first.toLowerCase()}${first.toUpperCase()}]${rest}`;
}

const foldFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const compiled = new Map<string, (text: string) => Mention[]>();

/** Returns a function listing every non-overlapping mention in a text, longest names first. */
export function mentionFinder(speakers: readonly MentionableSpeaker[]): (text: string) => Mention[] {
  // Every section compiles the same registry again: keep the compiled patterns (a few hundred at most).
  const key = JSON.stringify(speakers.map((s) => [s.id, s.name, s.aliases]));
  let finder = compiled.get(key);
  if (!finder) {
    if (compiled.size > 256) compiled.clear();
    finder = compileFinder(speakers);
    compiled.set(key, finder);
  }
  return finder;
}

/** A run of letters and digits: where a name may begin, and how its first word is looked up. */
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whole-word matches, longest name first at the earliest place, as one alternation of every name would give, but
 * looked up by each word of the text: a registry of hundreds of names made that regular expression most of the
 * analysis's time.
 */
function compileFinder(speakers: readonly MentionableSpeaker[]): (text: string) => Mention[] {
  const owner = new Map<string, string>();
  for (const speaker of speakers) {
    for (const alias of [speaker.name, ...speaker.aliases]) if (alias && !owner.has(foldFirst(alias))) owner.set(foldFirst(alias), speaker.id);
  }
  if (owner.size === 0) return () => [];
  // Names by their first word, first letter folded, longest first; names that open with anything else are few.
  const byFirstWord = new Map<string, string[]>();
  const others: string[] = [];
  for (const alias of [...owner.keys()].sort((a, b) => b.length - a.length)) {
    const first = /^[\p{L}\p{N}]+/u.exec(alias)?.[0];
    if (!first) others.push(alias);
    else if (byFirstWord.has(first)) byFirstWord.get(first)!.push(alias);
    else byFirstWord.set(first, [alias]);
  }
  const otherPattern = others.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${others.map(firstLetterEitherCase).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  // A name written at `at`: the same text, its first letter in either case, and no letter or digit right after.
  const writtenAt = (text: string, at: number, alias: string) => {
    const end = at + alias.length;
    const after = text.codePointAt(end);
    return foldFirst(text.slice(at, end)) === alias && !(after !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(after)));
  };
  return (text) => {
    const starts: { at: number; alias: string }[] = [];
    for (const word of text.matchAll(WORD)) {
      const found = byFirstWord.get(foldFirst(word[0]))?.find((alias) => writtenAt(text, word.index, alias));
      if (found) starts.push({ at: word.index, alias: found });
    }
    if (otherPattern) for (const match of text.matchAll(otherPattern)) starts.push({ at: match.index, alias: foldFirst(match[0]) });
    starts.sort((a, b) => a.at - b.at || b.alias.length - a.alias.length);
    const mentions: Mention[] = [];
    let from = 0;
    for (const { at, alias } of starts) {
      if (at < from) continue;
      mentions.push({ start: at, end: at + alias.length, speaker: owner.get(alias)!, text: text.slice(at, at + alias.length) });
      from = at + alias.length;
    }
    return mentions;
  };
}
