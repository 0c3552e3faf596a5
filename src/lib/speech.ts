/**
 * The speech construction of English news prose: cue verbs ("said", "told", "according to"), the terms that
 * mark quoted words as the author's ("so-called", "labeling … as"), and who is speaking: registry names and
 * aliases, pronouns resolved to the last speaker, and names the registry does not know yet.
 */
import { mentionFinder, type Mentionable } from './mentions.ts';
import type { SpeakerKind } from './schema.ts';

export interface RegistrySpeaker extends Mentionable {
  kind: SpeakerKind;
  affiliation: string;
}

/** Who said something: a registry speaker (with id), or a name as the text writes it (id null). */
export interface SpeakerRef {
  id: string | null;
  name: string;
  kind?: SpeakerKind;
}

export interface Cue {
  start: number;
  end: number;
  word: string;
  /** "according to X": the speaker follows the cue. */
  accordingTo: boolean;
}

interface Found {
  start: number;
  end: number;
  text: string;
}

interface SpeakerMention extends Found {
  speaker?: RegistrySpeaker;
  pronoun?: 'person' | 'thing' | 'any';
  /** A person described rather than named: "a Syrian official". */
  described?: boolean;
}

const isDescription = (mention: SpeakerMention) => mention.described === true;

const CUE_WORDS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'adding', 'stated', 'declared',
  'declares', 'declaring', 'clarified', 'clarifies', 'urged', 'urges', 'urging', 'accused', 'accuses', 'accusing',
  'described', 'describes', 'describing', 'hailed', 'hails', 'hailing', 'welcomed', 'welcomes', 'emphasized',
  'emphasised', 'emphasizes', 'stressed', 'stresses', 'noted', 'warned', 'warns', 'argued', 'argues', 'suggested',
  'suggests', 'asserted', 'asserts', 'asserting', 'claimed', 'claiming', 'announced', 'announces', 'revealed',
  'reveals', 'reported', 'cautioned', 'cautions', 'explained', 'explains', 'insisted', 'insists', 'affirmed',
  'reaffirmed', 'acknowledged', 'confirmed', 'confirms', 'denied', 'denies', 'wrote', 'writes', 'asked', 'asks',
  'replied', 'responded', 'remarked', 'commented', 'vowed', 'pledged', 'promised', 'recalled', 'conceded',
  'predicted', 'called for', 'calling for',
];
const CUE = new RegExp(`\\b(?:${CUE_WORDS.join('|')}|according to)\\b`, 'giu');

/** Words before a quoted span that make it the author's term rather than anyone's words. */
const TERM_CUE =
  /(?:\bso-called|\b(?:label(?:l)?(?:ed|ing|s)?|brand(?:ed|ing|s)?|call(?:ed|ing)?|term(?:ed|ing)?)\b[^.;:!?]{0,60}?\bas|\bdubbed|\btermed|\bthe (?:term|word|phrase|label|name)s?|\bknown as|\breferred to as|\bnicknamed)\s*[“"]?$/iu;

/** News organisations that carry others' words: "told Reuters", "according to Axios" never make them the speaker. */
const KNOWN_OUTLETS = new Set(
  [
    'Reuters', 'Axios', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'SANA', 'Syrian Arab News Agency',
    'BBC', 'CNN', 'Al Jazeera', 'Bloomberg', 'The New York Times', 'New York Times', 'The Washington Post',
    'Washington Post', 'The Guardian', 'The Jerusalem Post', 'Haaretz', 'The Times of Israel', 'Times of Israel',
    'Al-Monitor', 'Noon Post', 'Politico', 'NPR', 'Fox News', 'Sky News', 'The Wall Street Journal',
  ].map((name) => name.toLowerCase()),
);

const PRONOUN = /\b(he|she|it|they)\b/giu;
/** Capitalized words, allowing Arabic and European name particles: "Ken Gude", "Ahmad al-Sharaa". */
const PROPER_NAME = /(?<![\p{L}’'-])\p{Lu}[\p{L}’'.-]*\p{L}(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|der|la|le)-?\s*)?\p{Lu}[\p{L}’'.-]*\p{L}){0,5}/gu;
/** People described rather than named: "a Syrian official", "a Republican aide", "Environmental groups". */
const DESCRIPTION =
  /(?<![\p{L}-])(?:(?:an?|the|one|two|three|several|some|many|other)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:officials?|aides?|sources?|spokes(?:person|man|woman)|diplomats?|lawmakers?|legislators?|analysts?|experts?|advis[eo]rs?|negotiators?|ministers?|envoys?|ambassadors?|residents?|witnesses|witness|activists?|groups?|critics|campaigners|observers|insiders)(?![\p{L}-])/giu;
/** An appositive after a name ("Ken Gude, a senior fellow at the Center, told …"): never where the speaker is. */
const APPOSITIVE = /(?<=\p{Lu}[\p{L}’'-]*),\s+(?:[Aa]n?|[Tt]he|who|whose|which)\s[^,.;:]*,/gu;
/** Capitalized words that begin sentences or name groups, never a speaker on their own. */
const NOT_A_NAME = new Set(
  [
    'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'But', 'And', 'Or', 'However', 'Meanwhile', 'Following',
    'Despite', 'According', 'Speaking', 'Since', 'While', 'After', 'Before', 'During', 'Prior', 'Each', 'This',
    'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'Both', 'Some', 'Even', 'Also', 'Then',
    'Later', 'Earlier', 'Still', 'Yet', 'So', 'If', 'When', 'Where', 'As', 'Officials', 'Sources',
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  ].map((word) => word.toLowerCase()),
);

export function isOutlet(name: string, speaker?: RegistrySpeaker): boolean {
  return KNOWN_OUTLETS.has(name.toLowerCase()) || (speaker?.affiliation === 'Media' && speaker.kind === 'organization');
}

/** Speech cues in a stretch of text, in order. */
export function findCues(text: string): Cue[] {
  return [...text.matchAll(CUE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    word: match[0].toLowerCase(),
    accordingTo: match[0].toLowerCase() === 'according to',
  }));
}

/** Whether the text just before a quoted span marks it as the author's term ("so-called", "labeling X as"). */
export function endsWithTermCue(textBefore: string): boolean {
  return TERM_CUE.test(textBefore);
}

/** Finds registry speakers, pronouns and unknown proper names in sentences; section speakers win shared aliases. */
export class SpeakerFinder {
  private readonly findRegistryMentions: (text: string) => { start: number; end: number; speaker: string; text: string }[];
  private readonly byId: Map<string, RegistrySpeaker>;

  constructor(registry: readonly RegistrySpeaker[], sectionSpeakerIds: readonly string[] = []) {
    this.byId = new Map(registry.map((speaker) => [speaker.id, speaker]));
    const first = sectionSpeakerIds.flatMap((id) => this.byId.get(id) ?? []);
    const rest = registry.filter((speaker) => !sectionSpeakerIds.includes(speaker.id));
    this.findRegistryMentions = mentionFinder([...first, ...rest]);
  }

  speaker(id: string): RegistrySpeaker | undefined {
    return this.byId.get(id);
  }

  /**
   * Every mention of a possible speaker, earlier kinds winning where they overlap: registry names and aliases,
   * descriptions ("a Republican aide"), proper names the registry does not know, and pronouns.
   */
  mentions(text: string): SpeakerMention[] {
    const found: SpeakerMention[] = this.findRegistryMentions(text).map((m) => ({ ...m, speaker: this.byId.get(m.speaker) }));
    const add = (mentions: SpeakerMention[]) => {
      for (const m of mentions) if (!found.some((f) => m.start < f.end && m.end > f.start)) found.push(m);
    };
    add([...text.matchAll(DESCRIPTION)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], described: true })));
    add(
      [...text.matchAll(PROPER_NAME)]
        .map((m) => trimLeadingCommonWords({ start: m.index, end: m.index + m[0].length, text: m[0] }))
        .filter((m): m is Found => m !== undefined),
    );
    add(
      [...text.matchAll(PRONOUN)].map((m) => {
        const word = m[0].toLowerCase();
        return { start: m.index, end: m.index + m[0].length, text: m[0], pronoun: word === 'it' ? 'thing' : word === 'they' ? 'any' : 'person' };
      }),
    );
    return found.sort((a, b) => a.start - b.start);
  }
}

/** Drops sentence-initial words such as "However" from a run of capitalized words; nothing left means no name. */
function trimLeadingCommonWords(found: Found): Found | undefined {
  const words = found.text.split(/\s+/);
  let skipped = 0;
  while (words.length && NOT_A_NAME.has(words[0]!.toLowerCase())) {
    skipped += words.shift()!.length;
    skipped += /\s+/.exec(found.text.slice(skipped))?.[0].length ?? 0;
  }
  if (!words.length) return undefined;
  const text = found.text.slice(skipped);
  return { start: found.start + skipped, end: found.end, text };
}

export interface Discourse {
  /** The last person or anonymous source who spoke, for "he" and "she". */
  lastPerson?: SpeakerRef;
  /** The last organization or document that spoke, for "it". */
  lastThing?: SpeakerRef;
  lastAny?: SpeakerRef;
}

function refOf(mention: SpeakerMention): SpeakerRef {
  return mention.speaker
    ? { id: mention.speaker.id, name: mention.speaker.name, kind: mention.speaker.kind }
    : { id: null, name: mention.text };
}

function resolve(mention: SpeakerMention, discourse: Discourse): SpeakerRef | undefined {
  if (mention.pronoun === 'person') return discourse.lastPerson;
  if (mention.pronoun === 'thing') return discourse.lastThing ?? discourse.lastAny;
  if (mention.pronoun === 'any') return discourse.lastAny;
  return refOf(mention);
}

/** Records who spoke last, so that a later "He added" finds them. */
export function remember(discourse: Discourse, speaker: SpeakerRef): void {
  discourse.lastAny = speaker;
  if (speaker.kind === 'organization' || speaker.kind === 'document') discourse.lastThing = speaker;
  else discourse.lastPerson = speaker;
}

/** A speech cue of a sentence and, when it can be told, who speaks through it. */
export interface Speech {
  cue: Cue;
  speaker?: SpeakerRef;
}

/** Cues that may follow the quotation they attribute, with the speaker after them: "“…,” said Barrack." */
const INVERTIBLE = /^(?:said|says|added|adds|asked|replied|wrote|writes|explained|noted|insisted|recalled|warned|argued|according to)$/;
const NEGATED = /\b(?:not|never|n[’']t|declined to|refused to)\s+(?:[\p{L}]+\s+)?$/iu;

/**
 * Reads the speech cues of one sentence and who speaks through each. `masked` is the sentence with quoted words
 * blanked out, so that names and verbs inside quotations are not taken for the frame around them. A cue's
 * speaker is its subject: the nearest mention before it that is not the object of another verb (registry
 * speakers, descriptions and pronouns before unknown names), or, for "“…,” said X" and "“…,” he said", the
 * mention after it. "according to X" names X unless X is a news outlet; "told Reuters" never makes Reuters the
 * speaker; negated cues ("has not commented") name no one.
 */
export function readSentence(masked: string, finder: SpeakerFinder, discourse: Discourse): Speech[] {
  const frame = withoutAppositives(masked);
  const mentions = finder.mentions(frame);
  const follows = (cue: Cue) =>
    mentions.find((m) => m.start >= cue.end && /^[\s,]*$/.test(frame.slice(cue.end, m.start)) && !isOutlet(m.speaker?.name ?? m.text, m.speaker));
  return findCues(frame)
    .filter((cue) => !NEGATED.test(frame.slice(Math.max(0, cue.start - 24), cue.start)))
    .map((cue) => {
      if (cue.accordingTo) {
        const named = follows(cue);
        return { cue, speaker: named && resolve(named, discourse) };
      }
      const before = mentions.filter((m) => m.end <= cue.start && !isObjectOfEarlierVerb(frame, m));
      const subject =
        before.filter((m) => m.speaker || m.pronoun || isDescription(m)).at(-1) ??
        before.at(-1) ??
        (INVERTIBLE.test(cue.word) ? follows(cue) : undefined);
      return { cue, speaker: subject && resolve(subject, discourse) };
    });
}

/** The speech that governs a quoted span at `offset`: the last cue before it that names a speaker, else the first after it. */
export function governingSpeech(speech: readonly Speech[], offset: number): Speech | undefined {
  return (
    speech.filter((s) => s.cue.start < offset && s.speaker).at(-1) ??
    speech.find((s) => s.cue.start >= offset && s.speaker) ??
    speech.find((s) => s.speaker) ??
    speech[0]
  );
}

/** The first speaker named (or referred to) in a frame with no speech verb: "The statement reflected “…”". */
export function subjectOf(frame: string, finder: SpeakerFinder, discourse: Discourse): SpeakerRef | undefined {
  const subject = finder.mentions(withoutAppositives(frame)).find((m) => (m.speaker || m.pronoun) && !isObjectOfEarlierVerb(frame, m));
  return subject && resolve(subject, discourse);
}

/** Blanks out appositives, keeping offsets: "Ken Gude, a fellow at the Center, told" reads "Ken Gude … told". */
function withoutAppositives(text: string): string {
  return text.replace(APPOSITIVE, (match) => ' '.repeat(match.length));
}

/** "urged Israel to …": a mention right after a verb or preposition is its object, not the sentence's subject. */
function isObjectOfEarlierVerb(text: string, mention: SpeakerMention): boolean {
  return /\b(?:to|of|with|against|by|from|about|urged|accused|told|and)\s+$/iu.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}
