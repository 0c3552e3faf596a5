/**
 * Who the text has talked about so far, for resolving pronouns and descriptions: every person or organisation
 * mentioned, in order, marked when it was the subject of its sentence or the speaker of a quotation. "He"
 * resolves to the most recent compatible person who is a subject or a speaker, across paragraphs; "the
 * governor" to the most recent person the text gave that role.
 */
import type { SpeakerRef } from '../../model/schema.ts';
import { THING_NOUNS, type Gender } from './lexicon.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';

export interface Entity {
  ref: SpeakerRef;
  /** A person, rather than an organisation, document or group. */
  person: boolean;
  plural: boolean;
  gender?: Gender;
  roles: Set<string>;
  /** Described rather than named ("an NBC reporter"): a weaker antecedent than a name. */
  described: boolean;
  /** Has spoken in the text: surely a person or a body that speaks, whatever the name looks like. */
  spoken: boolean;
}

interface Mentioned {
  entity: Entity;
  /** Sentence number in the document, and offset within its paragraph. */
  sentence: number;
  offset: number;
  subject: boolean;
  speaker: boolean;
}

export interface Resolved {
  entity: Entity;
  /** How many sentences back the antecedent stands (0: this sentence). */
  distance: number;
  /** What made it the antecedent: "subject", "speaker" or "mention". */
  as: 'subject' | 'speaker' | 'mention';
}

/** Role words that name the same role: "the congressman" is the Rep. named earlier. */
const SAME_ROLE: Record<string, string[]> = {
  congressman: ['representative'], congresswoman: ['representative'], lawmaker: ['senator', 'representative', 'congressman', 'congresswoman'],
  'front-runner': ['candidate', 'nominee'], frontrunner: ['candidate', 'nominee'], nominee: ['candidate'], hopeful: ['candidate'],
  spokesperson: ['spokesman', 'spokeswoman'], billionaire: ['businessman', 'mogul', 'developer', 'tycoon'], mogul: ['businessman', 'billionaire', 'tycoon'],
  businessman: ['billionaire', 'mogul', 'developer', 'tycoon'], tycoon: ['billionaire', 'businessman', 'mogul'],
  senator: ['sen'], governor: ['gov'], representative: ['rep'], secretary: ['sec'], ambassador: ['envoy'], envoy: ['ambassador'],
  chair: ['chairman', 'chairwoman'], chairman: ['chair'], chairwoman: ['chair'], official: [],
};

const MEMORY = 40;

/** Every role a description gives, with the roles that name the same: "the Florida senator and Republican presidential candidate". */
const sameRoles = (description: SpeakerPhrase) => [...new Set([description.head ?? '', ...description.roles])].filter(Boolean).flatMap((role) => [role, ...(SAME_ROLE[role] ?? [])]);

export class Discourse {
  private readonly mentioned: Mentioned[] = [];
  private readonly entities = new Map<string, Entity>();
  sentence = 0;
  /** The speaker of the last quotation, and the sentence it stood in. */
  lastSpeaker?: { entity: Entity; sentence: number; paragraph: number };
  /** The named person who was the subject of the last sentence with one. */
  lastSubject?: { entity: Entity; sentence: number; paragraph: number };
  paragraph = 0;

  /** The entity for a speaker, one per name or registry id, created on first mention. */
  entity(ref: SpeakerRef, traits: { person: boolean; plural?: boolean; gender?: Gender; roles?: readonly string[]; described?: boolean }): Entity {
    const key = ref.id ?? ref.name.toLowerCase();
    let entity = this.entities.get(key);
    if (!entity) {
      entity = { ref, person: traits.person, plural: traits.plural ?? false, gender: traits.gender, roles: new Set(), described: traits.described ?? false, spoken: false };
      this.entities.set(key, entity);
    }
    entity.gender ??= traits.gender;
    for (const role of traits.roles ?? []) entity.roles.add(role);
    return entity;
  }

  mention(entity: Entity, offset: number, as: { subject?: boolean; speaker?: boolean } = {}): void {
    if (as.subject && entity.person && !entity.described) this.lastSubject = { entity, sentence: this.sentence, paragraph: this.paragraph };
    this.mentioned.push({ entity, sentence: this.sentence, offset, subject: as.subject ?? false, speaker: as.speaker ?? false });
    if (this.mentioned.length > MEMORY * 4) this.mentioned.splice(0, this.mentioned.length - MEMORY * 2);
  }

  spoke(entity: Entity, offset: number): void {
    entity.spoken = true;
    this.mention(entity, offset, { speaker: true });
    this.lastSpeaker = { entity, sentence: this.sentence, paragraph: this.paragraph };
  }

  /**
   * The antecedent of a pronoun at `offset` of the current sentence: the latest compatible subject or speaker
   * before it, else the latest compatible mention.
   */
  resolvePronoun(offset: number, kind: 'm' | 'f' | 'plural' | 'thing' | 'first'): Resolved | undefined {
    const fits = (entity: Entity) => {
      // A lone unknown capitalized word ("Standing", "Conservative") is too weak a person for "he" or "she".
      if (kind === 'm' || kind === 'f') return entity.person && !entity.plural && (!entity.gender || entity.gender === kind) && (entity.gender !== undefined || entity.ref.id !== null || entity.described || entity.spoken || entity.roles.size > 0 || entity.ref.name.includes(' '));
      if (kind === 'thing') return !entity.person && !entity.plural;
      if (kind === 'plural') return entity.plural || !entity.person;
      return true;
    };
    const before = this.mentioned.filter((m) => (m.sentence < this.sentence || m.offset < offset) && this.sentence - m.sentence <= MEMORY && fits(m.entity));
    // A description is a weaker antecedent than a name, though not than one a sentence further back.
    // So is a person of unknown gender, for "he" or "she", than one whose gender fits.
    const gendered = kind === 'm' || kind === 'f';
    const rank = (m: Mentioned) => m.sentence - (m.entity.described ? 0.75 : 0) - (gendered && !m.entity.gender ? 0.5 : 0) + m.offset / 1e6;
    const best = (list: Mentioned[]) => list.reduce<Mentioned | undefined>((top, m) => (!top || rank(m) >= rank(top) ? m : top), undefined);
    let found = best(before.filter((m) => m.subject || m.speaker)) ?? best(before);
    // "The candidate herself …, in which Clinton said …. “…,” she said": a definite description the text
    // never resolved most likely stands for the person it names near it.
    if (found && gendered && found.entity.described && /^the\s/i.test(found.entity.ref.name)) {
      const anchor = found;
      const named = before.findLast((m) => !m.entity.described && m.entity.person && !m.entity.plural && Math.abs(m.sentence - anchor.sentence) <= 1 && (!m.entity.gender || m.entity.gender === kind));
      if (named) found = named;
    }
    if (!found) return undefined;
    if ((kind === 'm' || kind === 'f') && !found.entity.gender) found.entity.gender = kind;
    return { entity: found.entity, distance: this.sentence - found.sentence, as: found.speaker ? 'speaker' : found.subject ? 'subject' : 'mention' };
  }

  /**
   * The one named person a definite description can stand for when the text gave no one its role: the subject
   * or speaker of this sentence or the one before, with no other person named since ("Leonie Strand was pulled
   * from the rubble. “…,” the 34-year-old said.").
   */
  onlyRecentPerson(description: SpeakerPhrase): Resolved | undefined {
    const recent = this.mentioned.filter((m) => m.entity.person && !m.entity.described && !m.entity.plural && this.sentence - m.sentence <= 1);
    const people = new Set(recent.map((m) => m.entity));
    const found = recent.findLast((m) => m.subject || m.speaker);
    const gender = description.gender;
    if (!found || people.size !== 1 || (gender && found.entity.gender && found.entity.gender !== gender)) return undefined;
    // "Mayor Bill Bryce" is not "the candidate": a person the text gave other roles is not the one described.
    const roles = sameRoles(description);
    if (found.entity.roles.size > 0 && description.head && !/-year-old$/.test(description.head) && !roles.some((role) => found.entity.roles.has(role))) return undefined;
    return { entity: found.entity, distance: this.sentence - found.sentence, as: found.speaker ? 'speaker' : 'subject' };
  }

  /** The named organisation that was the subject of this sentence or the one before: "the company" after "Vexley Foods …". */
  nearestNamedOrganisation(): Resolved | undefined {
    const found = this.mentioned.findLast((m) => m.subject && !m.entity.person && !m.entity.described && this.sentence - m.sentence <= 1);
    return found && { entity: found.entity, distance: this.sentence - found.sentence, as: found.speaker ? 'speaker' : 'subject' };
  }

  /** Of these names, the one last the subject of a sentence or a speaker, within memory. */
  latestOf(names: readonly string[]): string | undefined {
    return this.mentioned.findLast((m) => (m.subject || m.speaker) && this.sentence - m.sentence <= MEMORY && names.includes(m.entity.ref.name))?.entity.ref.name;
  }

  /** The person a definite description names: the latest one the text gave that role ("the governor"). */
  resolveDescription(description: SpeakerPhrase): Resolved | undefined {
    const head = description.head;
    // "the statement" is a document, never a person given that role.
    if (!head || !description.definite || THING_NOUNS.has(head)) return undefined;
    const roles = sameRoles(description);
    const found = this.mentioned.findLast(
      (m) => !m.entity.described && roles.some((role) => m.entity.roles.has(role)) && (!description.gender || !m.entity.gender || m.entity.gender === description.gender),
    );
    return found && { entity: found.entity, distance: this.sentence - found.sentence, as: found.speaker ? 'speaker' : found.subject ? 'subject' : 'mention' };
  }
}
