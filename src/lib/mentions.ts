/** Finds mentions of registry speakers (names and aliases, as texts write them) in running text. */

export interface Mentionable {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface Mention {
  start: number;
  end: number;
  speaker: string;
  text: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Returns a function listing every non-overlapping mention in a text, longest names first. */
export function mentionFinder(speakers: readonly Mentionable[]): (text: string) => Mention[] {
  const owner = new Map<string, string>();
  for (const speaker of speakers) {
    for (const alias of [speaker.name, ...speaker.aliases]) if (!owner.has(alias)) owner.set(alias, speaker.id);
  }
  if (owner.size === 0) return () => [];
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Whole words only: "Barrack" must not match inside "Barracks".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      speaker: owner.get(match[0])!,
      text: match[0],
    }));
}
