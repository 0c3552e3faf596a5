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

function compileFinder(speakers: readonly MentionableSpeaker[]): (text: string) => Mention[] {
  const owner = new Map<string, string>();
  for (const speaker of speakers) {
    for (const alias of [speaker.name, ...speaker.aliases]) if (!owner.has(foldFirst(alias))) owner.set(foldFirst(alias), speaker.id);
  }
  if (owner.size === 0) return () => [];
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map(firstLetterEitherCase);
  // Whole words only: "Barrack" must not match inside "Barracks".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      speaker: owner.get(foldFirst(match[0]))!,
      text: match[0],
    }));
}
