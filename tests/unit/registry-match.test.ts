/** Registry names found in running text: whole words, longest first, as one alternation of every name would find them. */
import { describe, expect, it } from 'vitest';
import type { MentionableSpeaker } from '../../src/model/schema.ts';
import { escapeRegExp } from '../../src/model/strings.ts';
import { mentionFinder } from '../../src/text/attribution/registry-match.ts';

const SPEAKERS: MentionableSpeaker[] = [
  { id: 'dana-holt', name: 'Dana Holt', aliases: ['Holt', 'the Varenian envoy', 'Envoy Holt'] },
  { id: 'varenia', name: 'Varenian government', aliases: ['Varenia', 'the government of Varenia'] },
  { id: 'al-shibani', name: 'Omar al-Shibani', aliases: ['al-Shibani', 'Shibani'] },
  { id: 'press', name: '(VNA) agency', aliases: [] },
];

/** The finder as it was first written: one regular expression of every name, longest first. */
function reference(speakers: readonly MentionableSpeaker[]) {
  const owner = new Map<string, string>();
  const fold = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  for (const s of speakers) for (const alias of [s.name, ...s.aliases]) if (!owner.has(fold(alias))) owner.set(fold(alias), s.id);
  const either = (alias: string) => {
    const first = alias[0]!;
    return first.toLowerCase() === first.toUpperCase() ? escapeRegExp(alias) : `[${first.toLowerCase()}${first.toUpperCase()}]${escapeRegExp(alias.slice(1))}`;
  };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...owner.keys()].sort((a, b) => b.length - a.length).map(either).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text: string) => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, speaker: owner.get(fold(m[0]))!, text: m[0] }));
}

describe('registry names in running text', () => {
  const find = mentionFinder(SPEAKERS);

  it('finds whole names, longest first, with the first letter in either case', () => {
    expect(find('The Varenian envoy met Dana Holt; Holt said Varenia agreed. Holtz did not.').map((m) => [m.text, m.speaker])).toEqual([
      ['The Varenian envoy', 'dana-holt'],
      ['Dana Holt', 'dana-holt'],
      ['Holt', 'dana-holt'],
      ['Varenia', 'varenia'],
    ]);
    expect(find('Omar al-Shibani spoke; later al-Shibani and Shibani again.').map((m) => m.text)).toEqual(['Omar al-Shibani', 'al-Shibani', 'Shibani']);
    expect(find('A note from the (VNA) agency.').map((m) => m.speaker)).toEqual(['press']);
  });

  it('finds what one alternation of every name finds, on texts made of their pieces', () => {
    const pieces = ['Dana', 'Holt', 'holt', 'the', 'The', 'Varenian', 'envoy', 'government', 'of', 'Varenia', 'al-Shibani', 'Shibani', 'Omar', '(VNA)', 'agency', 'Holtz', 'é', '𝒜', ',', '.', '-', ' ', ' ', ' '];
    const expected = reference(SPEAKERS);
    let seed = 20261202;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let run = 0; run < 3000; run++) {
      const text = Array.from({ length: Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? ' ' : '');
      expect(find(text), text).toEqual(expected(text));
    }
  });
});
