/**
 * The parties of the timeline: the states and organisations that events name as actors and that the speaker
 * registry files speakers under (`affiliation`). So "Syria" is a party when an event has it among its actors and a
 * speaker's affiliation is Syria; people, outlets, analysts, rights groups and "Joint" are not parties. A person or
 * body the registry knows stands for its party ("Asaad al-Shibani" for Syria), and a document filed under no party
 * (a joint statement) for the parties its name gives.
 */
import type { RegistrySpeaker } from '../model/schema.ts';
import { escapeRegExp } from '../model/strings.ts';

export type PartySpeaker = Pick<RegistrySpeaker, 'name' | 'aliases' | 'affiliation' | 'kind'>;

export interface Parties {
  /** The parties an event's actors stand for, each once, in the order the actors give them. */
  ofActors(actors: readonly string[]): string[];
  /** The parties a speaker speaks for: none for an unknown speaker. */
  ofSpeaker(speaker: PartySpeaker | undefined): string[];
}

const fold = (text: string) => text.trim().toLowerCase();

/** A whole-word search for a name: "Syria" is in "Syria, Israel and the United States", not in "Syrian". */
function namedIn(text: string, name: string): number {
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  return match ? match.index : -1;
}

/** The parties of a registry and of the events' actors, and the way from an actor or a speaker to them. */
export function partiesOf(speakers: readonly PartySpeaker[], actorLists: readonly (readonly string[])[]): Parties {
  const affiliations = new Map(speakers.map((speaker) => [fold(speaker.affiliation), speaker.affiliation]));
  const parties = new Map<string, string>();
  for (const actor of actorLists.flat()) {
    const party = affiliations.get(fold(actor));
    if (party !== undefined && !parties.has(fold(actor))) parties.set(fold(actor), party);
  }
  const byName = new Map<string, PartySpeaker>();
  for (const speaker of speakers) for (const name of [speaker.name, ...speaker.aliases]) if (!byName.has(fold(name))) byName.set(fold(name), speaker);

  const ofSpeaker = (speaker: PartySpeaker | undefined): string[] => {
    if (!speaker) return [];
    const own = parties.get(fold(speaker.affiliation));
    if (own !== undefined) return [own];
    if (speaker.kind !== 'document') return [];
    return [...parties.values()]
      .map((party) => [party, namedIn(speaker.name, party)] as const)
      .filter(([, at]) => at >= 0)
      .sort((a, b) => a[1] - b[1])
      .map(([party]) => party);
  };
  return {
    ofActors: (actors) => [...new Set(actors.flatMap((actor) => {
      const party = parties.get(fold(actor));
      return party !== undefined ? [party] : ofSpeaker(byName.get(fold(actor)));
    }))],
    ofSpeaker,
  };
}
