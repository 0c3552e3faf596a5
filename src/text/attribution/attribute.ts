/**
 * Decides who said each quotation of a paragraph, sentence by sentence, and says why. The cue that governs a
 * quotation is the one written next to it ("“…,” said X", "X said: “…”", "“…” ― X"), else the nearest before it
 * in its sentence, else the first after; its speaker is the cue's subject (before the verb, after an inverted
 * one, the clause's subject for a participle, the name after "according to"). A sentence that is nothing but
 * a quotation goes on with the speaker of its paragraph, or of the quotation before. Names become the fullest
 * name the text gives, registry speakers their entry; pronouns and descriptions resolve through the discourse.
 * Rules that often guess wrong mark their attribution weak, for a maintainer to review.
 */
import type { RegistrySpeaker, SpeakerRef } from '../../model/schema.ts';
import { Discourse, type Entity, type Resolved } from './discourse.ts';
import { BEFORE_BASE_FORM, BETWEEN_SUBJECT_AND_CUE, CHARACTERISING_BASE_FORMS, CHARACTERISING_VERBS, CUE_PARTICLES, DASHES, INVERTIBLE, PARTICIPLE, PEOPLES, PERSON_ROLES, PHRASE_BOUNDARY, PLACES, PRONOUNS, ROLE_NOUNS, SPEECH_NOUNS, SPEECH_VERBS, STANDS_FOR_SEVERAL, THING_NOUNS, TITLE_WORDS, type Gender } from './lexicon.ts';
import { NameBook } from './name-book.ts';
import { isOutlet } from './outlets.ts';
import { LaterNames } from './later-names.ts';
import { mentionFinder, type Mention } from './registry-match.ts';
import { clauseSubjects, isNickname, namesIn, phraseAfter, phraseBefore, possessorAt, type SpeakerPhrase } from './speaker-phrase.ts';
import { tokenize, type Span, type Token } from './tokens.ts';
import { firstNotBefore } from '../../model/sorted.ts';

/** How a speaker was found, from the strongest evidence to the weakest. */
export type AttributionRule =
  | 'annotation'
  | 'cue-subject'
  | 'inverted-cue'
  | 'according-to'
  | 'participle'
  | 'dash-byline'
  | 'split-quotation'
  | 'same-paragraph'
  | 'previous-speaker'
  | 'sentence-subject'
  | 'none';

/** Who said a quotation, and why the extractor thinks so. */
export interface Attribution {
  speaker?: SpeakerRef;
  rule: AttributionRule;
  /** The cue as written ("said", "according to", "―"), when there is one. */
  cue?: string;
  /** The speaker phrase as written ("he", "the governor", "Rep. Dana Holt (R-Iowa)"). */
  phrase?: string;
  /** How the phrase became the speaker: "he → Dana Holt, subject two sentences back". */
  resolution: string;
  /** Found by a rule that is often wrong: a maintainer should check it. */
  weak: boolean;
  /** The quotation's sentence holds a speech cue, whoever it names. */
  cued: boolean;
  /** The governing cue is written right next to the quotation ("“…,” she said"). */
  adjacent: boolean;
}

/** The first speaker a sentence names through a cue, and where the cue stands, for dating what they said. */
export interface FramedSpeaker {
  speaker: SpeakerRef;
  cueOffset: number;
  sentence: Span;
}

/** An attribution before the sentence's cues are counted: what annotations, block quotations and rules give. */
export type Reading = Omit<Attribution, 'cued' | 'adjacent'>;

export interface ParagraphAttribution {
  /** One per quoted span, in order. */
  attributions: Attribution[];
  framed: FramedSpeaker[];
}

export interface QuotedSpan extends Span {
  /** A speaker fixed by an annotation, which the discourse then remembers. */
  forced?: SpeakerRef;
}

interface CueRead {
  index: number;
  word: string;
  phrase?: SpeakerPhrase;
  /** Where the phrase was found, for the explanation. */
  place: 'before' | 'after' | 'according' | 'clause';
  speaker?: { entity: Entity; resolution: string; weak: boolean };
}

const NUMBERS = ['this sentence', 'one sentence back', 'two sentences back', 'three sentences back'];
const distanceWords = (n: number) => NUMBERS[n] ?? `${n} sentences back`;
const NEGATION = /^(?:not|never|n[’']t|declined|refused|wouldn[’']t|didn[’']t|won[’']t|hasn[’']t|haven[’']t)$/;
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'whose']);
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
/** The pronoun a possessive one stands for ("his" → "he"), looked up as an own key so "constructor" is none. */
const pronounOfPossessive = (word: string | undefined) => (word !== undefined && Object.hasOwn(POSSESSIVE_PRONOUNS, word) ? POSSESSIVE_PRONOUNS[word] : undefined);
/** Words that open a noun phrase rather than describe its noun: "the", "a", "this". */
const DETERMINERS_BEFORE_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Heads of descriptions that name an organisation: "the company said" after the company was named. */
const ORGANISATION_HEADS = new Set([
  'company', 'ministry', 'agency', 'group', 'campaign', 'department', 'firm', 'organization', 'organisation', 'committee',
  'party', 'government', 'administration', 'board', 'council', 'union', 'association', 'foundation', 'institute',
  'office', 'bureau', 'commission', 'network', 'newspaper', 'paper', 'station', 'club', 'team', 'league', 'coalition',
  'alliance', 'movement', 'charity', 'bank', 'fund', 'court', 'city', 'county', 'state', 'school', 'university',
  'hospital', 'airline', 'manufacturer', 'retailer', 'carrier', 'operator', 'developer', 'publisher', 'broadcaster',
  'insurer', 'utility', 'regulator', 'watchdog', 'monitor', 'outlet',
]);
/** Cues that report a proposal rather than words, and yield to an earlier cue in their sentence. */
const WEAK_CUES = new Set(['proposed', 'proposes', 'recommended', 'recommends', 'advised', 'advises', 'suggested', 'suggests']);
/** Verbs by which a document reports what it found. */
const FINDS = new Set(['found', 'finds', 'concluded', 'concludes', 'determined', 'determines']);
/** Verbs that, right after the phrase following "said", make that phrase a clause's subject: "said the talks were …". */
const CLAUSE_VERBS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);
/** Verbs that make their object speak: "prompted X to say", "led X to write". */
const CAUSING = new Set(['prompted', 'prompting', 'led', 'caused', 'forced', 'pushed', 'inspired', 'moved', 'encouraged', 'invited', 'allowed']);
/** Cues whose object is asked, and answers next. */
const ASKING = new Set(['asked', 'asks', 'questioned', 'pressed']);
/** Modals before a cue that make its words ones someone would say, not words said. */
const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'can']);
/** Heads of descriptions that stand for several people without a plural -s: "several people", "his staff". */
const COLLECTIVE_NOUNS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'crowd', 'audience', 'percent', 'public', 'couple', 'family']);
/** Words that may follow the subject of an inverted cue: "said Kane, who …", "said Kane in an interview". */
const AFTER_INVERTED_SUBJECT = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'in', 'on', 'at', 'during', 'after', 'before', 'when', 'as', 'according', 'while',
  'of', 'from', 'for', 'with', 'to', 'by', 'about', 'over', 'under', 'against', 'without', 'through', 'into', 'among',
  'via', 'amid', 'toward', 'upon', 'like', 'than', 'and', 'or', 'but', 'nor', 'so', 'yet', 'where', 'whether', 'if',
  'because', 'since', 'though', 'although', 'until', 'unless', 'once', 'adding', 'noting', 'referring', 'speaking',
  'told', 'last', 'this', 'earlier', 'later', 'recently', 'yesterday', 'today', 'tonight',
]);
/** Cue forms that are as often plural nouns: "his claims", "two reports", "the notes". */
const NOUN_OR_VERB = new Set([
  'reports', 'claims', 'notes', 'posts', 'tweets', 'counters', 'charges', 'demands', 'warns', 'promises', 'pledges', 'vows',
  'calls', 'comments', 'remarks',
]);
/** Cues that report speech only standing alone or before "that": "she continued:", not "continued aggression". */
const INTRANSITIVE_ONLY = /^(?:continu|conclud|went|began|added|started)/;

export class Attributor {
  readonly discourse = new Discourse();
  private readonly findRegistry: (text: string) => Mention[];
  private readonly byId: Map<string, RegistrySpeaker>;
  private readonly names: NameBook;

  /** `paragraphs` are all the document's paragraphs, read first for the full names of the people it names. */
  constructor(registry: readonly RegistrySpeaker[], paragraphs: readonly string[], sectionSpeakerIds: readonly string[] = []) {
    this.byId = new Map(registry.map((speaker) => [speaker.id, speaker]));
    const first = sectionSpeakerIds.flatMap((id) => this.byId.get(id) ?? []);
    this.findRegistry = mentionFinder([...first, ...registry.filter((s) => !sectionSpeakerIds.includes(s.id))]);
    this.names = new NameBook(paragraphs, registry.filter((s) => s.kind === 'person').map((s) => s.name));
    this.paragraphs = paragraphs;
  }

  private readonly paragraphs: readonly string[];
  /** The paragraph being attributed, and its place among the document's paragraphs (-1 when not found). */
  private current = { text: '', index: -1 };

  registrySpeaker(id: string): RegistrySpeaker | undefined {
    return this.byId.get(id);
  }

  /** The entity of a registry speaker, for annotations and block quotations. */
  entityOf(ref: SpeakerRef): Entity {
    const known = ref.id ? this.byId.get(ref.id) : undefined;
    return this.discourse.entity(ref, { person: (known?.kind ?? ref.kind ?? 'person') === 'person' || known?.kind === 'anonymous' });
  }

  /** Attributes every quoted span of one paragraph; `sentences` are its sentence ranges. */
  paragraph(text: string, sentences: readonly Span[], spans: readonly QuotedSpan[]): ParagraphAttribution {
    this.discourse.paragraph += 1;
    this.current = { text, index: this.paragraphs.indexOf(text, this.current.index + 1) };
    const results = new Array<Attribution>(spans.length);
    const paragraphSpeakers: { entity: Entity; sentence: number }[] = [];
    const pendingQuoteOnly: number[] = [];
    const framed: FramedSpeaker[] = [];
    let nextSpan = 0;
    for (const sentence of framesOf(text, sentences, spans)) {
      this.discourse.sentence += 1;
      // Spans are in order, so each frame takes those that start inside it from where the last one stopped.
      const inSentence: { span: QuotedSpan; index: number }[] = [];
      while (nextSpan < spans.length && spans[nextSpan]!.start < sentence.start) nextSpan++;
      for (; nextSpan < spans.length && spans[nextSpan]!.start < sentence.end; nextSpan++) inSentence.push({ span: spans[nextSpan]!, index: nextSpan });
      // No span crosses a frame's edge (framesOf joins those sentences), so the frame's own spans are all it needs.
      const own = inSentence.map(({ span }) => span);
      const tokens = tokenize(text, own, sentence.start, sentence.end);
      const registry = this.findRegistry(maskedFrame(text, own, sentence)).map((m) => ({ ...m, start: m.start + sentence.start, end: m.end + sentence.start }));
      this.noteSubject(tokens, registry);
      const cues = this.readCues(tokens, registry);
      const first = cues.find((c) => c.speaker);
      if (first?.speaker) framed.push({ speaker: first.speaker.entity.ref, cueOffset: tokens[first.index]!.start, sentence });
      for (const { span, index } of inSentence) {
        const at = tokens.findIndex((t) => t.kind === 'quote' && t.start === span.start);
        const adjacent = !isNickname(tokens, at) && (cues.some((c) => c.speaker && isNextTo(tokens, at, c)) || DASHES.has(tokens[at + 1]?.text ?? ''));
        const attribution = { ...(span.forced ? this.forced(span.forced) : this.attributeSpan(tokens, registry, cues, span, results, spans, index)), cued: cues.length > 0, adjacent };
        results[index] = attribution;
        if (attribution.rule === 'none' && isOnlyQuotation(tokens)) pendingQuoteOnly.push(index);
        const entity = attribution.speaker && this.entityOf(attribution.speaker);
        if (entity && attribution.speaker) {
          this.discourse.spoke(entity, span.start);
          paragraphSpeakers.push({ entity, sentence: this.discourse.sentence });
        }
      }
      // "Lynch announced the lawsuit. “We are seeking …”": a cue's subject is who speaks next.
      for (const cue of cues) {
        if (!cue.speaker || inSentence.length) continue;
        paragraphSpeakers.push({ entity: cue.speaker.entity, sentence: this.discourse.sentence });
        if (cue.speaker.entity.person) this.discourse.spoke(cue.speaker.entity, tokens[cue.index]!.start);
        // "Hart then asked Ruby where he expected to win. “Honestly, …,” he said": the one asked answers next.
        const asked = ASKING.has(cue.word.toLowerCase()) ? phraseAfter(tokens, cue.index) : undefined;
        const addressee = asked?.kind === 'name' ? this.resolvePhrase(asked, registry, -1) : undefined;
        if (addressee?.entity.person && addressee.entity !== cue.speaker.entity) this.discourse.mention(addressee.entity, asked!.start, { subject: true });
      }
      // "Trump issued the following statement:", "The foundation describes itself this way:": whoever introduces
      // the words after a colon speaks them.
      if (!inSentence.length && tokens.at(-1)?.text === ':') {
        const introducer = cues.find((c) => c.speaker)?.speaker?.entity ?? this.subjectOf(tokens, registry)?.resolved.entity;
        if (introducer) this.discourse.spoke(introducer, tokens.at(-1)!.start);
      }
    }
    // A quotation standing alone before the sentence that names its speaker: “…” Trump said it twice.
    for (const index of pendingQuoteOnly) {
      const later = paragraphSpeakers[0];
      if (later) results[index] = { speaker: later.entity.ref, rule: 'same-paragraph', resolution: `a sentence of quotation only: ${later.entity.ref.name} speaks later in the paragraph`, weak: true, cued: false, adjacent: false };
    }
    return { attributions: results, framed };
  }

  /** The speaker of a block quotation closed by "— Name", or of one introduced by "X said:" before it. */
  blockquote(attributionLine: string | undefined): Reading {
    if (attributionLine) {
      const tokens = tokenize(attributionLine, []);
      const registry = this.findRegistry(attributionLine);
      const subject = this.subjectOf(tokens, registry);
      const resolved = subject?.resolved;
      const speaker = resolved?.entity.ref ?? { id: null, name: attributionLine.trim() };
      this.discourse.spoke(resolved?.entity ?? this.entityOf(speaker), 0);
      return { speaker, rule: 'dash-byline', cue: '—', phrase: attributionLine.trim(), resolution: resolved?.resolution ?? 'the name after the dash, as written', weak: false };
    }
    const last = this.discourse.lastSpeaker;
    if (!last) return { rule: 'none', resolution: 'no one has spoken before this block quotation', weak: false };
    return { speaker: last.entity.ref, rule: 'previous-speaker', resolution: `a block quotation introduced by ${last.entity.ref.name}, who spoke last`, weak: last.sentence < this.discourse.sentence - 1 };
  }

  /**
   * The speaker a line of its own names after a paragraph of quotations ("— Bernie Sanders.", "-President Obama,
   * tweeting after the speech."): only a name, never a subheading set between dashes.
   */
  bylineLine(line: string): Reading | undefined {
    if (/[—―–-]\s*\.?$/u.test(line)) return undefined;
    const tokens = tokenize(line, []);
    const found = this.subjectOf(tokens, this.findRegistry(line));
    if (!found || found.phrase.kind !== 'name' || found.phrase.start !== tokens[0]?.start) return undefined;
    this.discourse.spoke(found.resolved.entity, 0);
    return { speaker: found.resolved.entity.ref, rule: 'dash-byline', cue: '—', phrase: line.replace(/\.$/, ''), resolution: `${found.resolved.resolution}, on the line after the quotation`, weak: false };
  }

  /** A block quotation wrapped in <Quote speaker="id">: the maintainer's speaker, who has now spoken. */
  annotatedBlockquote(ref: SpeakerRef): Reading {
    this.discourse.spoke(this.entityOf(ref), 0);
    return this.forced(ref);
  }

  /** "her assertion that “…”", "Trump's claim that": a speech noun whose owner is the speaker. */
  private ownerOf(tokens: readonly Token[], index: number, registry: readonly Mention[]): CueRead | undefined {
    // Past adjectives: "Pryce’s blunt rejection of “…”".
    let ownerEnd = index - 1;
    while (ownerEnd > index - 3 && tokens[ownerEnd]?.kind === 'word' && !tokens[ownerEnd]!.capital && !pronounOfPossessive(tokens[ownerEnd]!.lower) && !PHRASE_BOUNDARY.has(tokens[ownerEnd]!.lower) && !DETERMINERS_BEFORE_NOUN.has(tokens[ownerEnd]!.lower)) ownerEnd--;
    if (tokens[ownerEnd]?.kind !== 'possessive' && !pronounOfPossessive(tokens[ownerEnd]?.lower)) ownerEnd = index - 1;
    const previous = tokens[ownerEnd];
    // Only a noun that introduces the words: "her assertion that …", "his reply: “…”", "Trump's claim, “…”".
    const next = tokens[index + 1];
    // "his call for “a total and complete ban”": a call names what it calls for.
    const callsFor = (tokens[index]!.lower === 'call' || tokens[index]!.lower === 'calls') && next?.lower === 'for' && tokens[index + 2]?.kind === 'quote';
    // "The senator’s answer was that “…”", "Lund’s response was: “…”".
    const wasThat = (next?.lower === 'was' || next?.lower === 'is') && (tokens[index + 2]?.lower === 'that' || tokens[index + 2]?.text === ':');
    // "Pryce's promise of a “new bridge by spring”".
    const namesWhat = next?.lower === 'of' && (tokens[index + 2]?.kind === 'quote' || (DETERMINERS_BEFORE_NOUN.has(tokens[index + 2]?.lower ?? '') && tokens[index + 3]?.kind === 'quote'));
    // Right before the marks, the words are the noun's own only when they open as a sentence: in "calling
    // Dorn’s claim “baseless”" and "Lund’s remarks “sounds like panic”" they say what the noun is or does.
    const ownWords = next?.kind === 'quote' && /^[“"‘']*\p{Lu}/u.test(next.text);
    const introduces = next && (callsFor || wasThat || namesWhat || next.lower === 'that' || next.text === ':' || ownWords || (next.text === ',' && tokens[index + 2]?.kind === 'quote'));
    if (!previous || !introduces) return undefined;
    let phrase: SpeakerPhrase | undefined;
    const pronoun = pronounOfPossessive(previous.lower);
    if (pronoun) phrase = { kind: 'pronoun', start: previous.start, end: previous.end, text: pronoun, roles: [] };
    else if (previous.kind === 'possessive') phrase = registryBefore(tokens, ownerEnd, registry) ?? possessorAt(tokens, ownerEnd);
    // "The Ohio senator’s answer": a definite description owns its words as a name does.
    if (!phrase || (phrase.kind === 'description' && !phrase.definite)) return undefined;
    const resolved = this.resolvePhrase(phrase, registry, -1);
    return { index, word: tokens[index]!.text, phrase, place: 'before', speaker: resolved && { entity: resolved.entity, resolution: `${resolved.resolution}, whose ${tokens[index]!.lower} it is`, weak: resolved.weak } };
  }

  /**
   * "the agency quoted President Omar Hadi as saying", "Hadi was quoted as saying": the one quoted speaks, not
   * the outlet that quotes them.
   */
  private quotedAsSaying(tokens: readonly Token[], index: number, registry: readonly Mention[]): CueRead | undefined {
    const saysAt = (at: number) => tokens[at]?.lower === 'as' && SPEECH_VERBS.has(tokens[at + 1]?.lower ?? '') && PARTICIPLE.test(tokens[at + 1]!.lower);
    const passive = ['was', 'were', 'is', 'are', 'been', 'being'].includes(tokens[index - 1]?.lower ?? '');
    let phrase: SpeakerPhrase | undefined;
    let place: CueRead['place'];
    // "Khamen was quoted by state media as saying": past the one who quoted.
    const byAgent = tokens[index + 1]?.lower === 'by' ? tokens.findIndex((t, i) => i > index + 1 && i <= index + 8 && t.lower === 'as') : -1;
    if (passive && (saysAt(index + 1) || (byAgent > 0 && saysAt(byAgent) && tokens.slice(index + 2, byAgent).every((t) => t.kind === 'word')))) {
      phrase = registryBefore(tokens, index - 1, registry) ?? phraseBefore(tokens, index - 1);
      place = 'before';
    } else {
      phrase = phraseAfter(tokens, index);
      const last = phrase ? tokens.findLastIndex((t) => t.end <= phrase!.end) : -1;
      if (!phrase || !saysAt(last + 1)) return undefined;
      place = 'after';
    }
    const resolved = phrase && this.resolvePhrase(phrase, registry, -1);
    if (!phrase || !resolved) return undefined;
    return { index, word: 'quoted … as saying', phrase, place, speaker: { entity: resolved.entity, resolution: `${resolved.resolution}, quoted`, weak: resolved.weak } };
  }

  /** "That quote from Commissioner Thomas Krebs", "comments by the mayor": a speech noun whose source follows it. */
  private sourceAfter(tokens: readonly Token[], index: number, registry: readonly Mention[]): CueRead | undefined {
    if (!['from', 'by'].includes(tokens[index + 1]?.lower ?? '')) return undefined;
    const phrase = phraseAfter(tokens, index + 1);
    const resolved = phrase && this.resolvePhrase(phrase, registry, -1);
    if (!phrase || !resolved || this.isOutletRef(resolved.entity.ref)) return undefined;
    return { index, word: `${tokens[index]!.text} ${tokens[index + 1]!.text}`, phrase, place: 'after', speaker: { entity: resolved.entity, resolution: resolved.resolution, weak: resolved.weak } };
  }

  /** A news outlet, named as one or in the registry as a media organisation. */
  private isOutletRef(ref: SpeakerRef): boolean {
    const known = ref.id ? this.byId.get(ref.id) : undefined;
    return known ? known.affiliation === 'Media' && known.kind === 'organization' : ref.kind !== 'person' && isOutlet(ref.name);
  }

  private forced(ref: SpeakerRef): Reading {
    return { speaker: ref, rule: 'annotation', resolution: `annotated by hand: <Quote speaker="${ref.id}">`, weak: false };
  }

  /** The subject of a sentence: the first of its candidates that resolves to someone. */
  private subjectOf(tokens: readonly Token[], registry: readonly Mention[]): { phrase: SpeakerPhrase; resolved: NonNullable<ReturnType<Attributor['resolvePhrase']>> } | undefined {
    const opening = registry.find((m) => m.start === tokens[0]?.start);
    const registered: SpeakerPhrase[] = opening ? [{ kind: 'name', start: opening.start, end: opening.end, text: opening.text, roles: [] }] : [];
    for (const phrase of [...registered, ...clauseSubjects(tokens)]) {
      if (isPlace(phrase) && !registered.includes(phrase)) continue;
      const resolved = this.resolvePhrase(phrase, registry, tokens[0]?.start);
      if (resolved) return { phrase, resolved };
    }
    return undefined;
  }

  /** Records the names of a sentence and its subject, as antecedents of later pronouns. */
  private noteSubject(tokens: readonly Token[], registry: readonly Mention[]): void {
    const candidates = clauseSubjects(tokens);
    // "He calls for …": a pronoun subject keeps the person it stands for the subject, sentence after sentence.
    const pronoun = candidates[0]?.kind === 'pronoun' && PRONOUNS[candidates[0].text.toLowerCase()] !== 'first' ? candidates[0] : undefined;
    const stoodFor = pronoun && this.resolvePhrase(pronoun, registry, tokens[0]?.start);
    if (pronoun && stoodFor && !stoodFor.weak) this.discourse.mention(stoodFor.entity, pronoun.start, { subject: true });
    const subject = pronoun ? undefined : candidates.find((phrase) => phrase.kind !== 'pronoun' && !isPlace(phrase));
    for (const name of namesIn(tokens)) {
      if (subject && name.start === subject.start) continue;
      const resolved = this.resolvePhrase(name, registry, tokens[0]?.start);
      // Only names that are surely people's ("Paris" is not) stand as antecedents outside the subject.
      const entity = resolved?.entity;
      const surelyPerson = entity !== undefined && (entity.gender !== undefined || name.roles.length > 0 || (entity.ref.name.includes(' ') && this.names.isPerson(entity.ref.name)));
      if (entity?.person && surelyPerson) this.discourse.mention(entity, name.start);
    }
    const found = subject && this.resolvePhrase(subject, registry, tokens[0]?.start);
    if (found) this.discourse.mention(found.entity, subject.start, { subject: true });
  }

  /** The speech cues of a sentence, each with its speaker when the sentence gives one. */
  private readCues(tokens: readonly Token[], registry: readonly Mention[]): CueRead[] {
    const cues: CueRead[] = [];
    tokens.forEach((token, index) => {
      const previous = tokens[index - 1];
      if (token.kind !== 'word' || (token.capital && previous && previous.text !== ',' && previous.kind !== 'quote')) return;
      const owner = SPEECH_NOUNS.has(token.lower) ? this.ownerOf(tokens, index, registry) ?? this.sourceAfter(tokens, index, registry) : undefined;
      if (owner) {
        cues.push(owner);
        return;
      }
      const quoted = token.lower === 'quoted' ? this.quotedAsSaying(tokens, index, registry) : undefined;
      if (quoted) {
        cues.push(quoted);
        return;
      }
      const according = token.lower === 'according' && tokens[index + 1]?.lower === 'to';
      const baseForm = CHARACTERISING_BASE_FORMS.has(token.lower) && BEFORE_BASE_FORM.has(previous?.lower ?? '');
      // "A 2019 county audit report found “no sign …”": a document's findings are its words.
      const finding = FINDS.has(token.lower) && tokens[index + 1]?.kind === 'quote' && THING_NOUNS.has(phraseBefore(tokens, index)?.head ?? '');
      if (!according && !baseForm && !finding && !SPEECH_VERBS.has(token.lower) && !CHARACTERISING_VERBS.has(token.lower)) return;
      if (previous && (NOUN_BEFORE.has(previous.lower) || previous.kind === 'possessive')) return;
      // "a 2002 class called “Perception”": a thing named, not words reported.
      const naming = (token.lower === 'called' || token.lower === 'named') && tokens[index + 1]?.kind === 'quote';
      const namedThing = previous?.kind === 'word' && !previous.capital && !(previous.lower in PRONOUNS) && !BETWEEN_SUBJECT_AND_CUE.has(previous.lower) && !TITLE_WORDS.has(previous.lower) && (THING_NOUNS.has(previous.lower) || !ROLE_NOUNS.has(previous.lower));
      if (naming && namedThing) return;
      // "two lengthy investigative reports “…”", "Republican claims of “…”": a plural noun, not a verb.
      // Still words of speech, so the quotation beside it is someone's, whoever the sentence says it is.
      if (NOUN_OR_VERB.has(token.lower) && previous?.kind === 'word' && !(previous.lower in PRONOUNS) && !['which', 'that', 'who'].includes(previous.lower) && (previous.capital ? TITLE_WORDS.has(previous.lower) : !ROLE_NOUNS.has(previous.lower) && !TITLE_WORDS.has(previous.lower))) {
        cues.push({ index, word: token.text, place: 'clause' });
        return;
      }
      if (tokens.slice(Math.max(0, index - 2), index).some((t) => NEGATION.test(t.lower))) return;
      if (token.lower === 'reported' && (tokens[index + 1]?.lower === 'by' || ['first', 'as', 'was', 'were', 'been', 'previously', 'widely'].includes(previous?.lower ?? ''))) return;
      if (token.lower === 'told' && ['was', 'were', 'been', 'being'].includes(previous?.lower ?? '')) return;
      // "she continued:" reports speech; "the round concluded with", "its continued aggression" do not.
      const next = tokens[index + 1];
      // "Trump added to People": the one it was said to may follow.
      const addressee = next?.lower === 'to' && (tokens[index + 2]?.lower === 'the' ? tokens[index + 3] : tokens[index + 2])?.capital === true;
      // "“…,” added Rep. Cathy Rodd": inverted after its quotation, the name follows.
      const afterQuotation = previous?.kind === 'quote' || (previous?.text === ',' && tokens[index - 2]?.kind === 'quote');
      // "“…,” concluded a 2021 review": a determiner opens the subject as a capital does.
      const inverted = afterQuotation && (next?.capital === true || ['a', 'an', 'the', 'one', 'another'].includes(next?.lower ?? ''));
      const particle = CUE_PARTICLES[token.lower];
      if (particle && next?.lower !== particle) return;
      if (INTRANSITIVE_ONLY.test(token.lower) && !particle && next && next.kind === 'word' && !BETWEEN_SUBJECT_AND_CUE.has(next.lower) && !/ly$/.test(next.lower) && next.lower !== 'so' && !addressee && !inverted && !(/^(?:added|conclud)/.test(token.lower) && next.lower === 'that')) return;
      if (INTRANSITIVE_ONLY.test(token.lower) && !particle && previous?.kind === 'quote' && next?.kind === 'word' && !inverted) return;
      let cue: CueRead;
      // "Rubio was asked by moderator Gerard Baker whether …", "as described by Director James Comey": the agent
      // of a passive cue speaks.
      const passive = !previous || ['was', 'were', 'is', 'are', 'been', 'being', 'as', 'got', 'when', 'if', 'after'].includes(previous.lower);
      const agent = passive && next?.lower === 'by' && token.lower !== 'reported' && /ed$/.test(token.lower) ? phraseAfter(tokens, index + 1) : undefined;
      if (agent && agent.kind !== 'pronoun') {
        cue = { index: index + 1, word: `${token.text} by`, phrase: agent, place: 'after' };
      } else if (according) {
        cue = { index: index + 1, word: 'according to', phrase: phraseAfter(tokens, index + 1), place: 'according' };
      } else if (PARTICIPLE.test(token.lower) && index === 0 && this.discourse.lastSpeaker) {
        // "Adding, “…”" opening a sentence goes on with whoever spoke last.
        const last = this.discourse.lastSpeaker.entity;
        cue = { index, word: token.text, place: 'clause', speaker: { entity: last, resolution: `${last.ref.name}, who spoke last`, weak: false } };
      } else if (PARTICIPLE.test(token.lower)) {
        // "– Ryan saying he was …, and Trump calling it …": a name right before the participle is its subject.
        // "with the American Federation of Teachers calling her …" too.
        // Past an adverb: "with Trent reportedly shouting".
        const adverb = previous?.kind === 'word' && !previous.capital && /ly$/.test(previous.lower) && tokens[index - 2]?.capital === true;
        const nameEnd = adverb ? index - 1 : index;
        const named = tokens[nameEnd - 1]?.kind === 'word' && tokens[nameEnd - 1]!.capital ? phraseBefore(tokens, nameEnd) : undefined;
        const opening = named ? tokens.findIndex((t) => t.start === named.start) : -1;
        const joined = named && tokens[tokens[opening - 1]?.lower === 'the' ? opening - 2 : opening - 1];
        const absolute = joined && (DASHES.has(joined.text) || joined.lower === 'and' || joined.lower === 'with' || joined.text === ',') ? named : undefined;
        // "with many students and teachers chanting “…”": whoever follows "with" does it.
        const withWhom = absolute ? undefined : describedAfterWith(tokens, index);
        const governing = cues.findLast((c) => c.speaker);
        if (absolute?.kind === 'name') cue = { index, word: token.text, phrase: absolute, place: 'before' };
        else if (withWhom) cue = { index, word: token.text, phrase: withWhom, place: 'before' };
        else {
          cue = { index, word: token.text, place: 'clause', phrase: governing ? undefined : this.subjectOf(tokens, registry)?.phrase };
          if (governing) {
            cue.speaker = governing.speaker;
            cue.phrase = governing.phrase;
          }
        }
      } else {
        // "Mr. Trump was prompted to say", "Byrne went on to say": the subject of the verb the cue completes.
        // Back to the verb before "to" ("went on to", "was prompted to"), which stands right after the subject.
        let head = index;
        if (previous?.lower === 'to') {
          let verb = tokens[index - 2]?.lower === 'on' ? index - 3 : index - 2;
          // "taking to Twitter to call": past the place the verb goes to.
          let place = verb;
          while (place > 0 && tokens[place]?.kind === 'word' && tokens[place]!.capital) place--;
          if (place < verb && ['to', 'on', 'via'].includes(tokens[place]?.lower ?? '')) verb = place - 1;
          if (tokens[verb]?.kind === 'word' && !tokens[verb]!.capital && !PHRASE_BOUNDARY.has(tokens[verb]!.lower)) head = verb;
        }
        // "The vote prompted Mayor Ian Pryce to say that …": the one made to speak speaks.
        const madeTo = previous?.lower === 'to' ? phraseBefore(tokens, index - 1) : undefined;
        const madeToAt = madeTo ? tokens.findIndex((t) => t.start === madeTo.start) : -1;
        const caused = madeTo && madeTo.kind !== 'pronoun' && CAUSING.has(tokens[madeToAt - 1]?.lower ?? '') ? madeTo : undefined;
        const before = caused ?? registryBefore(tokens, head, registry) ?? phraseBefore(tokens, head);
        // "said one Democrat familiar with the talks, who added …": "who" is the speaker just named.
        const relative = previous?.lower === 'who' && tokens[index - 2]?.text === ',' ? cues.findLast((c) => c.speaker && c.phrase?.end === tokens[index - 3]?.end) : undefined;
        // "Kane urged … and cautioned …": a second verb shares the first one's subject.
        const shared = ['and', 'but', 'then'].includes(previous?.lower ?? '') ? cues.findLast((c) => c.speaker) : undefined;
        // Inverted after its quotation or a comma ("“…,” said X", "…, said X."), or opening the sentence; never
        // where the name goes on into a clause of its own ("said Obama failed to …").
        // A characterising verb never stands before its subject: “Harbor,” thanked the governor … is no inversion.
        const afterQuote = !CHARACTERISING_VERBS.has(token.lower) && (previous?.kind === 'quote' || (previous?.text === ',' && tokens[index - 2]?.kind === 'quote'));
        const invertible = (INVERTIBLE.has(token.lower) || afterQuote) && (previous?.text === ',' || previous?.kind === 'quote' || previous?.text === '.' || !previous);
        const after = invertible ? phraseAfter(tokens, index) : undefined;
        if (relative?.speaker) cue = { index, word: token.text, phrase: relative.phrase, place: 'before', speaker: { ...relative.speaker, resolution: `who → ${relative.speaker.entity.ref.name}, just named` } };
        else if (before) cue = { index, word: token.text, phrase: before, place: 'before' };
        else if (shared?.speaker) cue = { index, word: token.text, phrase: shared.phrase, place: 'before', speaker: { ...shared.speaker, resolution: `${shared.speaker.resolution}, subject of “${shared.word}” too` } };
        else if (invertible && !startsClause(tokens, after)) cue = { index, word: token.text, phrase: after, place: 'after' };
        else cue = { index, word: token.text, place: 'clause', phrase: this.subjectOf(tokens, registry)?.phrase };
      }
      if (cue.phrase && !cue.speaker) {
        // A word right before its cue is a name even where it opens the sentence ("Biden said").
        const resolved = this.resolvePhrase(cue.phrase, registry, cue.place === 'clause' ? tokens[0]?.start : -1);
        if (resolved) {
          const outlet = this.isOutletRef(resolved.entity.ref);
          // A participle's subject is the sentence's own ("X appeared on CNN, saying …"); another verb's is a guess.
          const weak = resolved.weak || (cue.place === 'clause' && !PARTICIPLE.test(cue.word.toLowerCase())) || (outlet && cue.place === 'according');
          if (!outlet || cue.place === 'before' || cue.place === 'after' || cue.place === 'according') {
            cue.speaker = { entity: resolved.entity, resolution: resolved.resolution, weak };
          }
        }
      }
      cues.push(cue);
    });
    // "according to Reuters" names the outlet only when nothing else in the sentence speaks.
    const outletAccording = (c: CueRead) => c.word === 'according to' && c.speaker !== undefined && this.isOutletRef(c.speaker.entity.ref);
    const others = cues.filter((c) => c.speaker && !outletAccording(c));
    return others.length ? cues.map((c) => (outletAccording(c) ? { ...c, speaker: undefined } : c)) : cues;
  }

  /** A speaker phrase as an entity: registry entry, fullest name, or resolved pronoun or description. */
  private resolvePhrase(phrase: SpeakerPhrase, registry: readonly Mention[], sentenceStart = -1): { entity: Entity; resolution: string; weak: boolean } | undefined {
    const known = registryAt(registry, phrase);
    if (known) {
      const speaker = this.byId.get(known.speaker)!;
      const entity = this.discourse.entity(
        { id: speaker.id, name: speaker.name, kind: speaker.kind },
        { person: speaker.kind === 'person' || speaker.kind === 'anonymous', roles: phrase.roles, gender: phrase.gender },
      );
      return { entity, resolution: `“${known.text}” is the registry's ${speaker.id}`, weak: false };
    }
    if (phrase.kind === 'pronoun') {
      const kind = PRONOUNS[phrase.text.toLowerCase()]!;
      const resolved = kind === 'first' ? this.lastSpeakerResolved() : this.discourse.resolvePronoun(phrase.start, kind);
      if (!resolved) return kind === 'm' || kind === 'f' ? this.namedLater(phrase, kind) : undefined;
      return {
        entity: resolved.entity,
        resolution: `${phrase.text} → ${resolved.entity.ref.name}, ${resolved.as} ${distanceWords(resolved.distance)}`,
        weak: resolved.distance > 3 || resolved.as === 'mention',
      };
    }
    if (phrase.members) {
      const names = phrase.members.map((member) => this.names.expand(member.text, member.gender).name);
      const entity = this.discourse.entity({ id: null, name: names.join(' and ') }, { person: true, plural: true });
      return { entity, resolution: `coordinated speakers: ${names.join(' and ')}`, weak: false };
    }
    if (phrase.kind === 'description') {
      // "the ministry" is the organisation, never a person the text called "ministry spokeswoman".
      const resolved = ORGANISATION_HEADS.has(phrase.head ?? '') ? undefined : this.discourse.resolveDescription(phrase);
      if (resolved) {
        return { entity: resolved.entity, resolution: `${phrase.text} → ${resolved.entity.ref.name}, given that role ${distanceWords(resolved.distance)}`, weak: resolved.distance > 8 };
      }
      const thing = THING_NOUNS.has(phrase.head ?? '');
      // "74 percent of Democrats", "some": several people, whatever the head.
      const plural = (/s$/.test(phrase.head ?? '') && !/(?:ss|us)$/.test(phrase.head ?? '')) || STANDS_FOR_SEVERAL.has(phrase.head ?? '') || /^\p{N}/u.test(phrase.text) || COLLECTIVE_NOUNS.has(phrase.head ?? '');
      if (phrase.definite && !plural && ORGANISATION_HEADS.has(phrase.head ?? '')) {
        const nearest = this.discourse.nearestNamedOrganisation();
        if (nearest) return { entity: nearest.entity, resolution: `${phrase.text} → ${nearest.entity.ref.name}, the organisation named ${distanceWords(nearest.distance)}`, weak: true };
      }
      if (phrase.definite && !plural && (PERSON_ROLES.has(phrase.head ?? '') || /-year-old$/.test(phrase.head ?? ''))) {
        const only = this.discourse.onlyRecentPerson(phrase);
        if (only) return { entity: only.entity, resolution: `${phrase.text} → ${only.entity.ref.name}, the only person named, ${only.as} ${distanceWords(only.distance)}`, weak: true };
      }
      const entity = this.discourse.entity(
        { id: null, name: phrase.text, kind: thing ? 'document' : undefined },
        { person: !plural && !thing && !ORGANISATION_HEADS.has(phrase.head ?? ''), plural, gender: phrase.gender, roles: phrase.roles, described: true },
      );
      return { entity, resolution: `${phrase.text}: a description, kept as written`, weak: false };
    }
    if (!this.names.couldBeName(phrase.text, phrase.start === sentenceStart)) return undefined;
    // "Veterinarian Anika Rhodes" opening a sentence: a common noun the text never capitalizes elsewhere.
    const words = phrase.text.split(' ');
    const name = phrase.start === sentenceStart && words.length >= 3 && this.names.isSentenceOpener(words[0]!) ? words.slice(1).join(' ') : phrase.text;
    if (isOutlet(name) && phrase.gender === undefined) {
      const outlet = this.names.expandOutlet(name);
      const entity = this.discourse.entity({ id: null, name: outlet, kind: 'organization' }, { person: false });
      return { entity, resolution: outlet === name ? `${name}, a news outlet` : `${name} → ${outlet}, as the text names it in full`, weak: false };
    }
    if (PEOPLES.has(name.toLowerCase())) {
      return { entity: this.discourse.entity({ id: null, name }, { person: true, plural: true }), resolution: `${name}, a people or a group`, weak: false };
    }
    const expanded = this.names.expand(name, phrase.gender, (names) => this.discourse.latestOf(names));
    const person = this.names.isPerson(expanded.name) || phrase.gender !== undefined || phrase.roles.length > 0;
    // A first name or an honorific makes a person for sure ("Mr. Hannity", whatever show bears the name).
    const kind = !person ? 'organization' : expanded.gender !== undefined ? 'person' : undefined;
    const entity = this.discourse.entity({ id: null, name: expanded.name, kind }, { person, gender: expanded.gender, roles: phrase.roles });
    return { entity, resolution: expanded.expanded ? `${name} → ${expanded.name}, the fullest name the text gives` : `${expanded.name}, named`, weak: false };
  }

  /**
   * "He has called China “provocative” …" opening an article, with no one named yet: the first person the text
   * names after the pronoun, in its paragraph or the next, stands for it; a guess, marked weak.
   */
  private namedLater(pronoun: SpeakerPhrase, gender: Gender): { entity: Entity; resolution: string; weak: boolean } | undefined {
    const fits = this.surelyPersonOf(gender);
    const next = this.current.index >= 0 ? this.paragraphs[this.current.index + 1] : undefined;
    const name = this.laterNames(this.current.text, this.current.index).first(pronoun.end, fits) ?? (next === undefined ? undefined : this.laterNames(next, this.current.index + 1).first(0, fits));
    if (!name) return undefined;
    const expanded = this.names.expand(name.text, name.gender);
    const entity = this.discourse.entity({ id: null, name: expanded.name }, { person: true, gender, roles: name.roles });
    return { entity, resolution: `${pronoun.text} → ${expanded.name}, named later in the text`, weak: true };
  }

  /** Each paragraph's names, read once for every pronoun that looks ahead in it (by index; -1: the current text, not found among them). */
  private readonly laterNamesOf = new Map<number, LaterNames>();
  private laterNames(text: string, index: number): LaterNames {
    let found = this.laterNamesOf.get(index);
    if (!found || (index < 0 && found.text !== text)) this.laterNamesOf.set(index, (found = new LaterNames(text)));
    return found;
  }

  /** Whether a name is someone the text surely makes a person, by a first name or a title, of the given gender: one test per gender. */
  private readonly surelyPerson = new Map<Gender, (name: SpeakerPhrase) => boolean>();
  private surelyPersonOf(gender: Gender): (name: SpeakerPhrase) => boolean {
    let fits = this.surelyPerson.get(gender);
    if (!fits) {
      fits = (name) => {
        const expanded = this.names.expand(name.text, name.gender);
        if (expanded.gender !== gender && !(expanded.gender === undefined && name.roles.length > 0)) return false;
        return expanded.name.includes(' ') && this.names.isPerson(expanded.name);
      };
      this.surelyPerson.set(gender, fits);
    }
    return fits;
  }

  private lastSpeakerResolved(): Resolved | undefined {
    const last = this.discourse.lastSpeaker;
    return last && { entity: last.entity, distance: this.discourse.sentence - last.sentence, as: 'speaker' };
  }

  /** The attribution of one span in a sentence with the given cues. */
  private attributeSpan(tokens: readonly Token[], registry: readonly Mention[], cues: readonly CueRead[], span: Span, done: Attribution[], spans: readonly QuotedSpan[], index: number): Reading {
    const at = tokens.findIndex((t) => t.kind === 'quote' && t.start === span.start);
    const byline = this.dashByline(tokens, at, registry);
    if (byline) return byline;
    const speaking = cues.filter((c) => c.speaker);
    const adjacent = speaking.find((c) => isNextTo(tokens, at, c));
    const before = speaking.filter((c) => c.index < at).at(-1);
    const after = speaking.find((c) => c.index > at);
    const nearest = adjacent ?? before ?? after;
    // "A US official said Washington had proposed “…”": a proposal inside what an earlier cue reports is the
    // reporter's paraphrase; the earlier speaker quotes the words.
    // So are words someone only would or will say: "Morrow said residents would tell the council “not again”".
    const hypothetical = nearest !== undefined && MODALS.has(tokens[nearest.index - 1]?.lower ?? '');
    const reporting = nearest && (WEAK_CUES.has(nearest.word.toLowerCase()) || hypothetical) ? speaking.filter((c) => c.index < nearest.index).at(-1) : undefined;
    const governing = reporting ?? nearest;
    if (governing?.speaker) {
      const rule: AttributionRule = governing.place === 'after' ? 'inverted-cue' : governing.place === 'according' ? 'according-to' : governing.place === 'clause' ? 'participle' : 'cue-subject';
      return {
        speaker: governing.speaker.entity.ref,
        rule,
        cue: governing.word,
        phrase: governing.phrase ? phraseText(tokens, governing.phrase) : undefined,
        resolution: governing.speaker.resolution,
        weak: governing.speaker.weak,
      };
    }
    // “A,” he said, “B.” — the second part of a split quotation goes with the first.
    const previous = index > 0 ? done[index - 1] : undefined;
    if (previous?.speaker && at > 0 && tokens.slice(0, at).some((t) => t.kind === 'quote' && t.start === spans[index - 1]!.start)) {
      return { ...previous, rule: 'split-quotation', resolution: `continues the quotation before it, by ${previous.speaker.name}` };
    }
    if (isOnlyQuotation(tokens) || /^[:,\s]*$/.test(tokens.slice(0, at).map((t) => t.text).join(''))) {
      const last = this.discourse.lastSpeaker;
      // "At a rally, Trump listed the countries. “We're letting people in …”": the person the sentence just
      // before was about, in this paragraph, speaks rather than an earlier speaker.
      const subject = this.discourse.lastSubject;
      // So is the person a paragraph of its own introduced: "Howard continued his remarks. ¶ “…”".
      const near = subject && (subject.paragraph === this.discourse.paragraph || (subject.paragraph === this.discourse.paragraph - 1 && isOnlyQuotation(tokens)));
      if (subject && near && this.discourse.sentence - subject.sentence === 1 && (!last || last.sentence < subject.sentence)) {
        return { speaker: subject.entity.ref, rule: 'previous-speaker', resolution: `no cue in the sentence: ${subject.entity.ref.name}, subject of the sentence before`, weak: true };
      }
      if (last && this.discourse.paragraph - last.paragraph <= 1) {
        const where = last.paragraph === this.discourse.paragraph ? 'in this paragraph' : 'in the paragraph before';
        return { speaker: last.entity.ref, rule: 'previous-speaker', resolution: `no cue in the sentence: ${last.entity.ref.name} spoke last, ${where}`, weak: false };
      }
      return { rule: 'none', resolution: 'a sentence of quotation only, and no one has spoken just before', weak: false };
    }
    const found = this.subjectOf(tokens, registry);
    if (found && found.phrase.start < span.start) {
      const { phrase: subject, resolved } = found;
      // An outlet introducing words with a colon quotes itself: "The Daily News focuses on the guns: “…”".
      const colon = tokens[at - 1]?.text === ':';
      if ((colon || !this.isOutletRef(resolved.entity.ref)) && (resolved.entity.person || resolved.entity.ref.id || subject.kind !== 'description' || resolved.entity.ref.kind === 'document')) {
        // A registry speaker as the subject is one the maintainer has vetted; anyone else is a guess to review.
        return { speaker: resolved.entity.ref, rule: 'sentence-subject', phrase: phraseText(tokens, subject), resolution: `no speech verb: ${resolved.resolution}, subject of the sentence`, weak: resolved.entity.ref.id === null };
      }
    }
    // "His lasting memory is of a young Bell “…”": whose the subject is remembers, or says.
    const opening = tokens[0]?.kind === 'word' ? tokens[0] : undefined;
    const possessed = pronounOfPossessive(opening?.lower);
    const kind = possessed ? PRONOUNS[possessed] : undefined;
    const owner = opening && (kind === 'm' || kind === 'f') && cues.length === 0 ? this.discourse.resolvePronoun(opening.start, kind) : undefined;
    if (opening && owner?.entity.person) {
      return { speaker: owner.entity.ref, rule: 'sentence-subject', phrase: opening.text, resolution: `no speech verb: ${opening.text} → ${owner.entity.ref.name}, whose the sentence's subject is`, weak: true };
    }
    // "“…,” Bill Clinton has said. That makes her “by definition a …”": words quoted in the next sentence of
    // the same paragraph are most likely the same speaker's, but only likely.
    const last = this.discourse.lastSpeaker;
    if (last && last.paragraph === this.discourse.paragraph && this.discourse.sentence - last.sentence === 1 && cues.length === 0) {
      return { speaker: last.entity.ref, rule: 'previous-speaker', resolution: `no cue in the sentence: ${last.entity.ref.name} spoke in the sentence before`, weak: true };
    }
    return { rule: 'none', resolution: 'no cue and no speaker in the sentence', weak: false };
  }

  /** “…” ― Maria Lopez: a dash and a name closing the sentence after a quotation. */
  private dashByline(tokens: readonly Token[], at: number, registry: readonly Mention[]): Reading | undefined {
    const dash = tokens[at + 1];
    if (!dash || !DASHES.has(dash.text)) return undefined;
    const rest = tokens.slice(at + 2).filter((t) => t.kind !== 'punct' || !/[.,;]/.test(t.text));
    if (rest.length > 8) return undefined;
    const found = this.subjectOf(tokens.slice(at + 2), registry);
    if (!found || found.phrase.kind !== 'name') return undefined;
    const { phrase, resolved } = found;
    return { speaker: resolved.entity.ref, rule: 'dash-byline', cue: dash.text, phrase: phrase.text, resolution: resolved.resolution, weak: false };
  }
}

/**
 * Sentences joined where a quotation runs across them, or where a quotation ending in "!" or "?" is followed by
 * its cue ("“…!” US Senator Jeff Sessions said"), so that a quotation and its cue share one frame.
 */
function framesOf(text: string, sentences: readonly Span[], spans: readonly Span[]): Span[] {
  const frames: Span[] = [];
  // Spans that do not overlap (as quotation marks make them) are found by binary search; others are all read.
  const disjoint = spans.every((span, index) => index === 0 || span.start >= spans[index - 1]!.end);
  const spansIn = (sentence: Span) => (disjoint ? spans.slice(firstNotBefore(spans, (s) => s.end <= sentence.start), firstNotBefore(spans, (s) => s.start < sentence.end)) : spans);
  for (const sentence of sentences) {
    const last = frames.at(-1);
    // Spans are in order and never overlap: the one that starts last before the frame's end decides.
    const span = last && lastStartingBefore(spans, last.end);
    const runsOn = span !== undefined && span.end > last!.end;
    const closes = span !== undefined && span.start >= last!.start && span.end >= last!.end - 1 && span.end <= last!.end;
    // "“…” ― Maria Lopez": a dash byline is its quotation's own sentence.
    const byline = closes && /^\s*[—―–]/u.test(text.slice(sentence.start, sentence.end));
    const exclaims = closes && /[!?]/.test(text.charAt(span.end - 2));
    if (last && (runsOn || byline || (exclaims && opensWithCue(text, sentence, spansIn(sentence))))) last.end = sentence.end;
    else frames.push({ ...sentence });
  }
  return frames;
}

/** The last span that starts before `offset`, by binary search over spans in order. */
function lastStartingBefore(spans: readonly Span[], offset: number): Span | undefined {
  return spans[firstNotBefore(spans, (span) => span.start < offset) - 1];
}

/** A sentence whose first words are a subject and a cue: "US Senator Jeff Sessions said as he …", "said Kane", "Miller, a retired welder, said". */
function opensWithCue(text: string, sentence: Span, spans: readonly Span[]): boolean {
  const tokens = tokenize(text, spans, sentence.start, sentence.end);
  const cue = tokens.findIndex((t) => t.kind === 'word' && !t.capital && SPEECH_VERBS.has(t.lower));
  return cue >= 0 && cue <= 12 && tokens.slice(0, cue).every((t) => t.kind === 'word' || t.text === '.' || t.text === '(' || t.text === ')' || t.text === ',');
}

/** The lowercase people between "with" and a participle: "with many students and teachers chanting". */
function describedAfterWith(tokens: readonly Token[], participle: number): SpeakerPhrase | undefined {
  let first = participle;
  while (first > 0 && participle - first < 6 && tokens[first - 1]!.kind === 'word' && !tokens[first - 1]!.capital && (tokens[first - 1]!.lower === 'and' || !PHRASE_BOUNDARY.has(tokens[first - 1]!.lower))) first--;
  const head = tokens[participle - 1];
  if (first === participle || tokens[first - 1]?.lower !== 'with' || tokens[first]!.lower === 'and' || !head || !/s$/.test(head.lower)) return undefined;
  const text = tokens.slice(first, participle).map((t) => t.text).join(' ');
  return { kind: 'description', start: tokens[first]!.start, end: head.end, text, roles: [], head: head.lower, definite: false };
}

/** "At a rally in Portland, Maine, on Thursday, Trump …": a place is where, not who. */
const isPlace = (phrase: SpeakerPhrase) => phrase.kind === 'name' && PLACES.has(phrase.text.split(' ').at(-1)!.toLowerCase());

/** Whether a phrase after a cue is the subject of a clause of its own: "said Obama failed to …". */
function startsClause(tokens: readonly Token[], phrase: SpeakerPhrase | undefined): boolean {
  if (!phrase) return false;
  const next = tokens.find((t) => t.start >= phrase.end);
  // "said the talks were “stuck”": a verb after the phrase makes it a clause's subject.
  if (next?.kind === 'word' && CLAUSE_VERBS.has(next.lower)) return true;
  // "said Kane, adding …" and "wrote the authors of the “…,” giving …": a participle goes on with the same subject.
  return next?.kind === 'word' && !next.capital && !AFTER_INVERTED_SUBJECT.has(next.lower) && !BETWEEN_SUBJECT_AND_CUE.has(next.lower) && !PARTICIPLE.test(next.lower);
}

/** The sentence with quoted words blanked out, for registry matching that keeps offsets. */
function maskedFrame(text: string, spans: readonly Span[], sentence: Span): string {
  let frame = text.slice(sentence.start, sentence.end);
  for (const span of spans) {
    const from = Math.max(span.start, sentence.start) - sentence.start;
    const to = Math.min(span.end, sentence.end) - sentence.start;
    if (to > from) frame = frame.slice(0, from) + ' '.repeat(to - from) + frame.slice(to);
  }
  return frame;
}

/** A registry name or alias written right before a cue, past adverbs: "The US welcomed", "Washington has said". */
function registryBefore(tokens: readonly Token[], cue: number, registry: readonly Mention[]): SpeakerPhrase | undefined {
  let index = cue - 1;
  while (index >= 0 && tokens[index]!.kind === 'word' && BETWEEN_SUBJECT_AND_CUE.has(tokens[index]!.lower)) index--;
  const end = tokens[index]?.end;
  const mention = end === undefined ? undefined : registry.find((m) => m.end === end);
  return mention && { kind: 'name', start: mention.start, end: mention.end, text: mention.text, roles: [] };
}

/** The registry mention within a phrase that ends where the phrase ends: "US envoy Thomas Barrack", "the US envoy". */
function registryAt(registry: readonly Mention[], phrase: SpeakerPhrase): Mention | undefined {
  return registry.find((m) => m.end >= phrase.end - 1 && m.end <= phrase.end + 1 && m.start < phrase.end);
}

function phraseText(tokens: readonly Token[], phrase: SpeakerPhrase): string {
  const first = tokens.findIndex((t) => t.start >= phrase.start);
  const last = tokens.findLastIndex((t) => t.end <= phrase.end);
  if (first < 0 || last < first) return phrase.text;
  return tokens.slice(first, last + 1).map((t, i, all) => (i > 0 && t.start > all[i - 1]!.end ? ' ' : '') + t.text).join('');
}

/** A sentence that holds nothing but its quotation (and punctuation). */
function isOnlyQuotation(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'quote') && tokens.every((t) => t.kind === 'quote' || t.kind === 'punct');
}

/**
 * Whether a cue is written right next to the quotation at token `at`: “…,” said X / “…,” X said / “…,” X, the
 * head of Y, said / X said: “…”. Between the quotation and a cue after it stand only the cue's own subject,
 * adverbs, and an insert between commas.
 */
function isNextTo(tokens: readonly Token[], at: number, cue: CueRead): boolean {
  // "… Trent’s claim that the mayor “wrecked the budget,” saying they missed the point": a participle after a quotation
  // introduces what follows it.
  if (cue.index > at && PARTICIPLE.test(cue.word.toLowerCase()) && cue.place === 'clause') return false;
  if (cue.index > at) {
    const between = tokens.slice(at + 1, cue.index);
    if (between.length > 20 || between.some((t) => t.kind === 'quote')) return false;
    let insideInsert = false;
    return between.every((t, i) => {
      if (t.text === ',') {
        if (i > 0) insideInsert = !insideInsert;
        return true;
      }
      const inPhrase = cue.phrase !== undefined && t.start >= cue.phrase.start && t.end <= cue.phrase.end;
      return inPhrase || insideInsert || t.text === '(' || t.text === ')' || (t.kind === 'word' && BETWEEN_SUBJECT_AND_CUE.has(t.lower)) || t.kind === 'punct' && /[?!]/.test(t.text);
    });
  }
  const end = cue.place === 'after' || cue.place === 'according' ? tokens.findIndex((t) => cue.phrase && t.end >= cue.phrase.end) : cue.index;
  const between = tokens.slice(end + 1, at);
  return between.length <= 2 && between.every((t) => t.kind === 'punct' || t.lower === 'that');
}
